//! State the components share: the signals of one running planner ([`Shared`], given as
//! context), what the host lets show ([`Chrome`]), the view mode, and the registry through
//! which a widget's element reaches its running planner. Its own module so the components
//! and the application shell both depend on it, and not on each other.

use crate::i18n::Lang;
use crate::state::{PlanState, Session};
use leptos::prelude::*;
use pathways_engine::route::{Exploration, Plan, QueryError};
use pathways_engine::validate::Diagnostic;
use pathways_engine::Dataset;
use std::sync::Arc;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    Learner,
    Counsellor,
}

impl Mode {
    /// `counsellor` is the counsellor's view; anything else the learner's (the default a
    /// link or a host page cannot get wrong).
    pub fn parse(v: Option<&str>) -> Mode {
        if v == Some("counsellor") {
            Mode::Counsellor
        } else {
            Mode::Learner
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Mode::Learner => "learner",
            Mode::Counsellor => "counsellor",
        }
    }
}

/// Which parts of the planner's frame show. The full app shows them all; embedded, the host
/// decides (`show="title language mode data"`), and by default only the language choice
/// shows: the host page has its own title, sets the mode and chose the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chrome {
    pub title: bool,
    pub language: bool,
    pub mode: bool,
    pub data: bool,
}

impl Chrome {
    pub const ALL: Chrome = Chrome {
        title: true,
        language: true,
        mode: true,
        data: true,
    };

    /// The listed parts; without a list, the embedding default.
    pub fn embedded(list: Option<&str>) -> Chrome {
        let Some(list) = list else {
            return Chrome {
                language: true,
                ..Chrome::none()
            };
        };
        let has = |w: &str| {
            list.split(|c: char| c == ',' || c.is_whitespace())
                .any(|x| x.eq_ignore_ascii_case(w))
        };
        Chrome {
            title: has("title"),
            language: has("language"),
            mode: has("mode"),
            data: has("data"),
        }
    }

    const fn none() -> Chrome {
        Chrome {
            title: false,
            language: false,
            mode: false,
            data: false,
        }
    }
}

/// State shared by the components.
#[derive(Clone, Copy)]
pub struct Shared {
    pub lang: RwSignal<Lang>,
    pub mode: RwSignal<Mode>,
    pub ds: RwSignal<Option<Arc<Dataset>>>,
    pub plan_state: RwSignal<PlanState>,
    pub session: RwSignal<Session>,
    /// Where the session is stored (None: in memory only, a widget's default).
    pub session_key: StoredValue<Option<String>>,
    pub compare: RwSignal<Vec<String>>,
    pub load_errors: RwSignal<Vec<Diagnostic>>,
    pub notice: RwSignal<Option<String>>,
    /// Files fetched / total while loading.
    pub progress: RwSignal<(usize, usize)>,
    /// How far opening a pack has come, while it runs.
    pub loading: RwSignal<Option<crate::packload::Progress>>,
    /// Set by the cancel button; the running load stops at its next pause.
    pub cancel: StoredValue<bool>,
    pub result: Memo<Option<Result<Plan, QueryError>>>,
    /// Said to screen readers when the view changes (a destination's routes opened).
    pub announce: RwSignal<String>,
    /// Everything the learner can reach, computed only while the explore view is shown.
    pub explored: Memo<Option<Result<Exploration, QueryError>>>,
    pub widget: bool,
    pub origins: StoredValue<Vec<String>>,
    pub today: StoredValue<String>,
    /// Where the app's files live (the importer module is fetched from here).
    pub base: StoredValue<String>,
    /// The mapping report of the CTDL/ELM import behind the current dataset, if any.
    pub import_report: RwSignal<Option<crate::importer::ImportSummary>>,
    pub show: Chrome,
    /// The host fixed the countries: the learner is not asked.
    pub fixed_countries: bool,
}

impl Shared {
    /// The role of a panel: a landmark of the planner's own page; in a widget a group, so
    /// the host page's landmarks stay its own and two widgets on one page do not repeat
    /// "What I have" as a landmark.
    pub fn region(self) -> &'static str {
        if self.widget {
            "group"
        } else {
            "region"
        }
    }
}

pub fn shared() -> Shared {
    expect_context::<Shared>()
}

thread_local! {
    /// The running widgets' shared state, by instance number (a few per page: a list; a
    /// map's removal code would weigh more in the bundle than the search).
    static WIDGETS: std::cell::RefCell<Vec<(u32, Shared)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` on the state of widget `instance`, if it is running.
pub fn with_widget(instance: u32, f: impl FnOnce(Shared)) {
    let found = WIDGETS.with(|w| {
        w.borrow()
            .iter()
            .find(|(id, _)| *id == instance)
            .map(|(_, s)| *s)
    });
    if let Some(s) = found {
        f(s);
    }
}

/// Lets widget `instance`'s element reach its running planner.
pub fn register_widget(instance: u32, s: Shared) {
    WIDGETS.with(|w| w.borrow_mut().push((instance, s)));
}

/// Forgets a widget that was taken off its host page.
pub fn forget_widget(instance: u32) {
    WIDGETS.with(|w| w.borrow_mut().retain(|(id, _)| *id != instance));
}
