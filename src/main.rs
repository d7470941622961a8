fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(skeleton) = leptos::prelude::document().get_element_by_id("skeleton") {
            skeleton.remove();
        }
        leptos::mount::mount_to_body(platform_readiness::ui::App);
    }
}
