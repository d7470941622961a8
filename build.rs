//! Reads the scheme data files, validates them against the official texts, and writes them as
//! Rust statics for the app (`OUT_DIR/catalogue.rs`, included by `src/schemes/mod.rs`). A bad
//! data file fails the build with a message naming the file and the criterion.

use std::fs;
use std::path::Path;

#[path = "src/schemes/bake.rs"]
mod bake;
#[allow(dead_code)]
#[path = "src/schemes/evidence_file.rs"]
mod evidence_file;
#[allow(dead_code)]
#[path = "src/schemes/load.rs"]
mod load;
#[allow(dead_code)]
#[path = "src/schemes/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/schemes/validate.rs"]
mod validate;

use model::{fnv1a, Text};

/// Reads the interface's words (`src/i18n/words.rs`, the app's `messages!` list): build.rs
/// keeps the `later` ones, the words of the pages after the start page, for the deferred texts.
macro_rules! messages {
    (
        first { $($name:ident => $zh:expr, $en:expr;)* }
        later { $($later:ident => $lzh:expr, $len:expr;)* }
    ) => {
        /// Each `later` message's Chinese and English, in the order of the app's `Msg`.
        const LATER_WORDS: &[[&str; 2]] = &[$([$lzh, $len]),*];
    };
}
include!("src/i18n/words.rs");

/// Set to a number of schemes (`PLATFORM_READINESS_SCHEMES=50`), the build bakes a catalogue of
/// that many, made from the data files by `load::copies`: for measuring how the app grows with
/// its rule base (`scripts/scale.sh`). Unset, the app is built with its data files as they are.
const SCALE_VAR: &str = "PLATFORM_READINESS_SCHEMES";

fn main() {
    let data_dir = Path::new("src/schemes");
    let sources_dir = Path::new("docs/sources");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    println!("cargo:rerun-if-changed={}", sources_dir.display());
    println!("cargo:rerun-if-env-changed={SCALE_VAR}");

    let files = load::scheme_files(data_dir).unwrap_or_else(|e| fail(&e));
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let sources = load::sources(sources_dir).unwrap_or_else(|e| fail(&e));
    let mut catalogue = load::catalogue(&data_dir.join("facts.toml"), &files, &sources).unwrap_or_else(|e| fail(&e));
    // The evidence for the plan module, checked against the schemes as they are written (before
    // any scaling copies): JSON that only `src/plan/evidence.rs` includes, so the main app, which
    // never calls it, carries none of it.
    let evidence_path = data_dir.join(evidence_file::FILE);
    println!("cargo:rerun-if-changed={}", evidence_path.display());
    let evidence_text =
        fs::read_to_string(&evidence_path).unwrap_or_else(|e| fail(&format!("{}: {e}", evidence_path.display())));
    let evidence = evidence_file::read(&evidence_text, &catalogue, &sources).unwrap_or_else(|e| fail(&e));
    if let Ok(n) = std::env::var(SCALE_VAR) {
        let n: usize = n.trim().parse().unwrap_or_else(|_| fail(&format!("{SCALE_VAR}={n}: not a number of schemes")));
        catalogue = load::copies(&catalogue, n);
        let problems = validate::validate(&catalogue, &sources);
        if !problems.is_empty() {
            fail(&problems.join("\n"));
        }
    }

    // The fingerprint is taken over the catalogue's JSON form, which does not depend on how the
    // app embeds it.
    let json = serde_json::to_string(&catalogue).expect("catalogue serialises");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set");
    let (code, mut deferred) = bake::Baker::file(&catalogue);
    // The report's style sheets, without their comments and spare spaces, go with the deferred
    // texts too: only the report (the page and the downloaded file) uses them.
    // So do the rules of the pages after the start page (`style/pages.css`).
    for (file, var) in [
        ("style/report.css", "REPORT_CSS_TEXT"),
        ("style/report-file.css", "REPORT_FILE_CSS_TEXT"),
        ("style/pages.css", "PAGES_CSS_TEXT"),
    ] {
        println!("cargo:rerun-if-changed={file}");
        let css = fs::read_to_string(file).unwrap_or_else(|e| fail(&format!("{file}: {e}")));
        println!("cargo:rustc-env={var}={}", deferred.split(Text::DEFERRED).count());
        deferred.push(Text::DEFERRED);
        deferred.push_str(&minify_css(&css));
    }
    // The interface's words that only the pages after the start page show, the Chinese and then
    // the English of each, in the order of `Msg` (read by `i18n::Msg::text`).
    println!("cargo:rerun-if-changed=src/i18n/words.rs");
    println!("cargo:rustc-env=LATER_WORDS={}", deferred.split(Text::DEFERRED).count());
    for text in LATER_WORDS.iter().flatten() {
        if text.contains(Text::DEFERRED) {
            fail(&format!("src/i18n/words.rs: a message holds the record separator: {text:?}"));
        }
        deferred.push(Text::DEFERRED);
        deferred.push_str(text);
    }
    fs::write(Path::new(&out).join("catalogue.rs"), code).expect("OUT_DIR is writable");
    let evidence_json = serde_json::to_string(&evidence).expect("evidence serialises");
    fs::write(Path::new(&out).join("evidence.json"), evidence_json).expect("OUT_DIR is writable");
    // The report's own texts, in a file of their own: built in for tests and native use, fetched
    // after the first paint by a release build (feature `lazy-texts`). Its name carries its
    // fingerprint, so a browser can never pair one build's wasm with another's texts.
    let texts_name = format!("texts-{:016x}.txt", fnv1a(deferred.as_bytes()));
    fs::write(Path::new(&out).join("texts.txt"), &deferred).expect("OUT_DIR is writable");
    // A copy where the build hook finds it: <target>/<triple>/<profile>/texts/.
    if let Some(profile_dir) = Path::new(&out).ancestors().nth(3) {
        let dir = profile_dir.join("texts");
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("the target directory is writable");
        fs::write(dir.join(&texts_name), &deferred).expect("the target directory is writable");
    }
    println!("cargo:rustc-env=TEXTS_FILE={texts_name}");
    // Not built into the app: tests compare the statics with it, so nothing is lost in baking.
    fs::write(Path::new(&out).join("catalogue.json"), &json).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=RULES_HASH={:016x}", fnv1a(json.as_bytes()));
    println!("cargo:rustc-env=RULES_VERSION={}", catalogue.rules_version);
}

/// CSS without comments, line breaks and the spaces around `{ } : ; ,` (none of the report's
/// rules has a string or a value in which those matter).
fn minify_css(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    text.push_str(rest);
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = words.join(" ");
    for mark in ["{", "}", ";", ",", ">"] {
        out = out.replace(&format!(" {mark}"), mark).replace(&format!("{mark} "), mark);
    }
    out.replace(": ", ":").replace(";}", "}")
}

fn fail(message: &str) -> ! {
    eprintln!("\nscheme data error:\n{message}\n");
    panic!("scheme data is invalid: {message}");
}
