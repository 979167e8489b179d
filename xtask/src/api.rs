//! The static JSON API under `web/dist/api/` (see `luxterm::export::api` for its paths): written
//! by `cargo xtask build`, or alone by `cargo xtask api [--out DIR]`. The files come from the
//! same compact glossary the app loads.

use std::fs;
use std::path::{Component, Path};

use crate::Result;

/// Writes every API file under `root` (the site's root: `web/dist`). Returns the number of files
/// and their total bytes.
pub fn write(root: &Path) -> Result<(usize, usize)> {
    let g = luxterm::Glossary::from_compact(luxterm::parts::WHOLE)
        .map_err(|e| format!("the compact glossary: {e}"))?;
    let files = luxterm::export::api::files(&g).map_err(|e| format!("the JSON API: {e}"))?;
    let api = root.join("api");
    let _ = fs::remove_dir_all(&api);
    let mut bytes = 0;
    for f in &files {
        let rel = Path::new(&f.path);
        // Ids are checked slugs; refuse anything that would leave the folder all the same.
        if !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(format!("the JSON API: refusing the path {}", f.path));
        }
        let path = root.join(rel);
        if let Some(dir) = path.parent() {
            fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        }
        fs::write(&path, &f.bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        bytes += f.bytes.len();
    }
    Ok((files.len(), bytes))
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
    use super::*;

    fn read(root: &Path, rel: &str) -> serde_json::Value {
        let path = root.join(rel);
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    }

    #[test]
    fn the_api_files_exist_and_parse_for_1_0_0_and_the_current_release() {
        let root = std::env::temp_dir().join(format!("luxterm-api-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let (count, _) = write(&root).unwrap();
        assert!(count > 100, "only {count} files");
        let releases = read(&root, "api/index.json");
        let current = releases["current"].as_str().unwrap().to_owned();
        for version in ["1.0.0", current.as_str()] {
            let index = read(&root, &format!("api/{version}/index.json"));
            assert_eq!(index["release"]["version"], version);
            let concepts = index["concepts"].as_array().unwrap();
            assert!(
                concepts.len() > 50,
                "{version}: {} concepts",
                concepts.len()
            );
            for c in concepts {
                let id = c["id"].as_str().unwrap();
                assert!(
                    c["names"]["en"].is_string(),
                    "{version} {id}: no English name"
                );
                let page = read(&root, &format!("api/{version}/concepts/{id}.json"));
                assert_eq!(page["id"], id);
                assert_eq!(page["release"]["version"], version);
            }
            for i in index["instruments"].as_array().unwrap() {
                let id = i["id"].as_str().unwrap();
                let page = read(&root, &format!("api/{version}/instruments/{id}.json"));
                assert_eq!(page["id"], id);
            }
        }
        // The example path of the README.
        let child = read(&root, "api/1.0.0/concepts/child.json");
        assert_eq!(child["name"]["text"], "child");
        fs::remove_dir_all(&root).unwrap();
    }
}
