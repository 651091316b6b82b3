//! localStorage access for the counsellor session. Nothing here panics: a browser without
//! storage (private mode, blocked cookies) simply does not keep the session.

use crate::state::{read_session, Session, Stored, SESSION_KEY, SESSION_SCHEMA};

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// Loads the session. An unreadable value is copied to `<key>:quarantine:<ms>` before
/// anything overwrites it; the returned message names that key.
pub fn load_session() -> (Session, Option<String>) {
    let Some(s) = store() else {
        return (Session::default(), None);
    };
    let raw = s.get_item(SESSION_KEY).ok().flatten();
    match read_session(raw.as_deref()) {
        Stored::Empty => (fresh(), None),
        Stored::Ok(sess) => (sess, None),
        Stored::Unreadable(why) => {
            let key = format!("{SESSION_KEY}:quarantine:{}", js_sys::Date::now() as u64);
            if let Some(raw) = raw {
                let _ = s.set_item(&key, &raw);
            }
            let _ = s.remove_item(SESSION_KEY);
            (fresh(), Some(format!("{key} ({why})")))
        }
    }
}

pub fn fresh() -> Session {
    Session {
        schema: SESSION_SCHEMA,
        ..Session::default()
    }
}

pub fn save_session(sess: &Session) {
    if let (Some(s), Ok(json)) = (store(), serde_json::to_string(sess)) {
        let _ = s.set_item(SESSION_KEY, &json);
    }
}

pub fn clear_session() {
    if let Some(s) = store() {
        let _ = s.remove_item(SESSION_KEY);
    }
}
