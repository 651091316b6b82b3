//! ELM (European Learning Model v3) JSON-LD → our format.
pub(crate) fn import(_cx: &mut super::Ctx, _inputs: &[(String, &serde_json::Value)]) {}
