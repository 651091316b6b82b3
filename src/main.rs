//! Pathways Planner browser app entry point.

mod app;

fn main() {
    console_error_panic_hook::set_once();
    app::install_panic_banner();
    leptos::mount::mount_to_body(app::App);
}
