use leptos::prelude::*;
use pathways_engine::{pick, DatasetFile};

/// Shows a visible message when the app panics, instead of leaving a blank page.
pub fn install_panic_banner() {
    let prev = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        prev(info);
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Ok(el) = doc.create_element("div") {
                el.set_class_name("panic-banner");
                let _ = el.set_attribute("role", "alert");
                el.set_text_content(Some(&format!(
                    "Pathways Planner stopped because of an internal error. Reload the page; your plan is kept in the address bar. Details: {info}"
                )));
                if let Some(body) = doc.body() {
                    let _ = body.prepend_with_node_1(&el);
                }
            }
        }
    }));
}

#[derive(serde::Deserialize)]
struct DatasetList {
    default: Vec<String>,
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let resp = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("{url}: {e}"))?;
    resp.text().await.map_err(|e| format!("{url}: {e}"))
}

async fn load_demo() -> Result<Vec<DatasetFile>, String> {
    let list: DatasetList =
        serde_json::from_str(&fetch_text("datasets.json").await?).map_err(|e| e.to_string())?;
    let mut files = Vec::new();
    for url in &list.default {
        let text = fetch_text(url).await?;
        files.push(serde_json::from_str(&text).map_err(|e| format!("{url}: {e}"))?);
    }
    Ok(files)
}

#[component]
pub fn App() -> impl IntoView {
    let data = LocalResource::new(load_demo);
    view! {
        <main>
            <h1>"Pathways Planner"</h1>
            <Suspense fallback=|| view! { <p>"Loading…"</p> }>
                {move || data.get().map(|r| match r {
                    Ok(files) => view! {
                        <ul class="offers">
                            {files.into_iter().flat_map(|f| f.offers).map(|o| view! { <li>{pick(&o.title, "en").to_string()}</li> }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <p role="alert">{e}</p> }.into_any(),
                })}
            </Suspense>
        </main>
    }
}
