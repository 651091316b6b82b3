//! localStorage access for the counsellor session. Nothing here panics: a browser without
//! storage (private mode, blocked cookies) simply does not keep the session.

use crate::state::{read_session, Session, Stored, SESSION_SCHEMA};

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Loads the session. An unreadable value is copied to `<key>:quarantine:<ms>` before
/// anything overwrites it; the returned message names that key.
pub fn load_session(key: &str) -> (Session, Option<String>) {
    let Some(s) = store() else {
        return (Session::default(), None);
    };
    let raw = s.get_item(key).ok().flatten();
    match read_session(raw.as_deref()) {
        Stored::Empty => (fresh(), None),
        Stored::Ok(sess) => (sess, None),
        Stored::Unreadable(why) => {
            let aside = set_aside(&s, key, "quarantine", raw.as_deref().unwrap_or_default());
            let _ = s.remove_item(key);
            (fresh(), Some(format!("{aside} ({why})")))
        }
    }
}

pub fn fresh() -> Session {
    Session {
        schema: SESSION_SCHEMA,
        ..Session::default()
    }
}

pub fn save_session(key: &str, sess: &Session) {
    if let (Some(s), Ok(json)) = (store(), serde_json::to_string(sess)) {
        let _ = s.set_item(key, &json);
    }
}

/// Keeps a session that an import replaces under `<key>:replaced:<ms>`, so nothing the
/// counsellor wrote is lost.
pub fn keep_aside(key: &str, sess: &Session) {
    if let (Some(s), Ok(json)) = (store(), serde_json::to_string(sess)) {
        set_aside(&s, key, "replaced", &json);
    }
}

/// Stores `text` under `<key>:<why>:<ms>` and returns that key.
fn set_aside(s: &web_sys::Storage, key: &str, why: &str, text: &str) -> String {
    let aside = format!("{key}:{why}:{}", js_sys::Date::now() as u64);
    let _ = s.set_item(&aside, text);
    aside
}
