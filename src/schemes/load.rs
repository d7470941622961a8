//! Reads scheme data files into a checked catalogue: `facts.toml`, one TOML file per scheme, and
//! the source texts their quotes are checked against.
//!
//! The one way a catalogue is made from TOML. Compiled by `build.rs`, which bakes what it reads
//! into the app, and (natively only, never into the wasm) by the crate, so that a test or a tool
//! can build a catalogue with schemes the app was not built with — a sixth scheme, or fifty —
//! under exactly the checks of the build. It depends on `model`, `validate`, `serde` and `toml`.

use super::model::{Catalogue, FactFile, Scheme};
use super::validate::validate;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Parses TOML, taking the format's plain dates (`start = 2022-07-01`) as "YYYY-MM-DD" text.
pub fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
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

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))
}

/// The scheme files of a folder: every `*.toml` but `facts.toml` and the evidence file
/// (`evidence.toml`, read by [`super::evidence_file`]), in name order.
pub fn scheme_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "toml")
                && p.file_name().is_some_and(|n| n != "facts.toml" && n != super::evidence_file::FILE)
        })
        .collect();
    files.sort();
    Ok(files)
}

/// The source texts of a folder (`*.txt`), by file name.
pub fn sources(dir: &Path) -> Result<BTreeMap<String, String>, String> {
    let mut sources = BTreeMap::new();
    for entry in fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if name.ends_with(".txt") {
            sources.insert(name, read(&entry.path())?);
        }
    }
    Ok(sources)
}

/// Reads one scheme file, which must be named after the scheme's id.
pub fn scheme(path: &Path) -> Result<Scheme, String> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
    let scheme: Scheme = parse(&read(path)?).map_err(|e| format!("{name}: {e}"))?;
    if format!("{}.toml", scheme.id) != name {
        return Err(format!("{name}: the file must be named after its id, '{}.toml'", scheme.id));
    }
    Ok(scheme)
}

/// The catalogue of `facts_file` and `scheme_paths` (in that order), checked against `sources`:
/// every problem found, one a line, or the catalogue.
pub fn catalogue(
    facts_file: &Path,
    scheme_paths: &[PathBuf],
    sources: &BTreeMap<String, String>,
) -> Result<Catalogue, String> {
    let facts: FactFile = parse(&read(facts_file)?).map_err(|e| format!("facts.toml: {e}"))?;
    let schemes = scheme_paths.iter().map(|p| scheme(p)).collect::<Result<Vec<_>, _>>()?;
    let catalogue = Catalogue {
        rules_version: facts.rules_version,
        topics: facts.topics,
        facts: facts.facts,
        schemes: schemes.into(),
    };
    let problems = validate(&catalogue, sources);
    if problems.is_empty() {
        Ok(catalogue)
    } else {
        Err(problems.join("\n"))
    }
}

/// The app's own data: `src/schemes/` checked against `docs/sources/`, under the crate's root
/// `root`, with the scheme files of `extra_dirs` added after the app's, and the source texts
/// found beside them.
pub fn with_extra(root: &Path, extra_dirs: &[&Path]) -> Result<Catalogue, String> {
    let data = root.join("src/schemes");
    let mut paths = scheme_files(&data)?;
    let mut texts = sources(&root.join("docs/sources"))?;
    for dir in extra_dirs {
        paths.extend(scheme_files(dir)?);
        for (name, text) in sources(dir)? {
            if texts.insert(name.clone(), text).is_some() {
                return Err(format!("{}: the source text '{name}' is there twice", dir.display()));
            }
        }
    }
    catalogue(&data.join("facts.toml"), &paths, &texts)
}

/// A catalogue of `total` schemes made from the schemes of `catalogue`, repeated in turn: the
/// rule base at the scale of a bureau's catalogue, for benchmarks and size measurements. The
/// first copy of each scheme is the scheme itself; copy `k` (from 2) is the same rules with its
/// own id (`<id>-copy-<k>`) and its own names ("（副本 k）" / " (copy k)"), so that no two schemes
/// share an id, a rating or a name. Its quotes are the original's, so it validates as the
/// original does.
pub fn copies(catalogue: &Catalogue, total: usize) -> Catalogue {
    use super::model::Text;
    let originals: Vec<Scheme> = catalogue.schemes.to_vec();
    let mut schemes = Vec::with_capacity(total);
    for n in 0..total {
        let Some(original) = originals.get(n % originals.len().max(1)) else { break };
        let k = n / originals.len() + 1;
        let mut s = original.clone();
        if k > 1 {
            let named = |t: &Text| Text::new(&format!("{}（副本 {k}）", t.zh()), &format!("{} (copy {k})", t.en()));
            s.id = format!("{}-copy-{k}", original.id).into();
            s.name = named(&original.name);
            s.short_name = named(&original.short_name);
        }
        schemes.push(s);
    }
    Catalogue { schemes: schemes.into(), ..catalogue.clone() }
}
