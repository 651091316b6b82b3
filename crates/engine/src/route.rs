//! Route search: learner profile + goal -> Pareto-optimal routes with explanations.
