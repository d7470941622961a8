//! Reads the scheme data files, validates them against the official texts, and writes them as
//! Rust statics for the app (`OUT_DIR/catalogue.rs`, included by `src/schemes/mod.rs`). A bad
//! data file fails the build with a message naming the file and the criterion.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

#[path = "src/schemes/bake.rs"]
mod bake;
#[allow(dead_code)]
#[path = "src/schemes/model.rs"]
mod model;
#[allow(dead_code)]
#[path = "src/schemes/validate.rs"]
mod validate;

use model::{fnv1a, Catalogue, FactFile, Scheme};

fn main() {
    let data_dir = Path::new("src/schemes");
    let sources_dir = Path::new("docs/sources");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    println!("cargo:rerun-if-changed={}", sources_dir.display());

    let facts_text = read(&data_dir.join("facts.toml"));
    let facts: FactFile = parse(&facts_text).unwrap_or_else(|e| fail(&format!("facts.toml: {e}")));

    let mut files: Vec<_> = fs::read_dir(data_dir)
        .expect("src/schemes is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml") && p.file_name().is_some_and(|n| n != "facts.toml"))
        .collect();
    files.sort();
    let mut schemes = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let scheme: Scheme = parse(&read(path)).unwrap_or_else(|e| fail(&format!("{name}: {e}")));
        if format!("{}.toml", scheme.id) != name {
            fail(&format!("{name}: the file must be named after its id, '{}.toml'", scheme.id));
        }
        schemes.push(scheme);
    }

    let mut sources = BTreeMap::new();
    for entry in fs::read_dir(sources_dir).expect("docs/sources is readable").flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") {
            sources.insert(name, read(&entry.path()));
        }
    }

    let catalogue = Catalogue {
        rules_version: facts.rules_version,
        topics: facts.topics,
        facts: facts.facts,
        schemes: schemes.into(),
    };
    let problems = validate::validate(&catalogue, &sources);
    if !problems.is_empty() {
        fail(&problems.join("\n"));
    }

    // The fingerprint is taken over the catalogue's JSON form, which does not depend on how the
    // app embeds it.
    let json = serde_json::to_string(&catalogue).expect("catalogue serialises");
    let out = std::env::var("OUT_DIR").expect("OUT_DIR is set");
    let (code, deferred) = bake::Baker::file(&catalogue);
    fs::write(Path::new(&out).join("catalogue.rs"), code).expect("OUT_DIR is writable");
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

/// Parses TOML, taking the format's plain dates (`start = 2022-07-01`) as "YYYY-MM-DD" text.
fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    fn plain_dates(value: &mut toml::Value) {
        match value {
            toml::Value::Datetime(dt) => *value = toml::Value::String(dt.to_string()),
            toml::Value::Array(items) => items.iter_mut().for_each(plain_dates),
            toml::Value::Table(table) => table.iter_mut().for_each(|(_, v)| plain_dates(v)),
            _ => {}
        }
    }
    let mut value: toml::Value = toml::from_str(text).map_err(|e| e.to_string())?;
    plain_dates(&mut value);
    T::deserialize(value).map_err(|e| e.to_string())
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{}: {e}", path.display())))
}

fn fail(message: &str) -> ! {
    eprintln!("\nscheme data error:\n{message}\n");
    panic!("scheme data is invalid: {message}");
}
