//! Finds files of one crate that import each other in a circle.
//!
//! The rule, at file granularity:
//! - An *import* is a `use` declaration (at any depth: in a module, an inline module, a function
//!   body) whose path leads to an item of the same crate (`crate::`, `super::`, `self::`, or a
//!   name the module has in scope). Paths written in place (`crate::a::f()`), doc links and
//!   `mod x;` declarations are not imports.
//! - An import points at the file that *defines* the imported item. A name a module only
//!   re-exports (`pub use child::Item` in a `mod.rs`) is followed to where it is defined, so a
//!   child importing its parent's re-export of a sibling imports the sibling, not the parent.
//!   The re-export itself is an import of the child by the parent: a child that imports an item
//!   the parent defines closes a circle.
//! - A glob (`use super::*`) imports the file of the module it names.
//! - Two files are in a circle when each reaches the other through imports, directly or through
//!   other files. Inline modules (`mod tests { use super::*; }`) belong to their file.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};

/// One file importing another, as written.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Edge {
    pub from: PathBuf,
    pub to: PathBuf,
    /// The import, e.g. `use super::service::Reply`.
    pub import: String,
}

/// Files that import each other in a circle, each edge leading to the next file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cycle {
    /// The crate root the files belong to.
    pub crate_root: PathBuf,
    /// Every file of the circle (files reaching each other through imports).
    pub files: Vec<PathBuf>,
    /// One way around it.
    pub edges: Vec<Edge>,
}

impl std::fmt::Display for Cycle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let files: Vec<String> = self.files.iter().map(|file| file.display().to_string()).collect();
        write!(
            f,
            "import circle in the crate of {} among {}; one way around:",
            self.crate_root.display(),
            files.join(", ")
        )?;
        for edge in &self.edges {
            write!(
                f,
                "\n  {} -> {}  ({})",
                edge.from.display(),
                edge.to.display(),
                edge.import
            )?;
        }
        Ok(())
    }
}

/// A module of the crate: where it is written and what it binds.
#[derive(Default)]
struct Module {
    file: PathBuf,
    /// Child modules, inline or in their own file.
    children: BTreeSet<String>,
    /// Names of items defined here (structs, functions, traits…).
    items: HashSet<String>,
    /// Names bound by `use` here, with the path they stand for.
    bindings: HashMap<String, Vec<String>>,
    /// Paths of glob imports (`use a::b::*`).
    globs: Vec<Vec<String>>,
}

/// A `use` as found: the module it is in and one leaf path of its tree.
struct Import {
    scope: Vec<String>,
    path: Vec<String>,
    text: String,
}

#[derive(Default)]
struct Crate {
    modules: BTreeMap<Vec<String>, Module>,
    imports: Vec<Import>,
}

/// The crate roots of one package directory: `src/lib.rs`, `src/main.rs`, `src/bin/*.rs` and
/// `src/bin/*/main.rs`, those that exist.
pub fn crate_roots(package: &Path) -> Vec<PathBuf> {
    let src = package.join("src");
    let mut roots: Vec<PathBuf> = ["lib.rs", "main.rs"]
        .iter()
        .map(|name| src.join(name))
        .filter(|path| path.is_file())
        .collect();
    if let Ok(entries) = std::fs::read_dir(src.join("bin")) {
        let mut bins: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter_map(|path| {
                if path.is_dir() {
                    Some(path.join("main.rs")).filter(|main| main.is_file())
                } else {
                    Some(path).filter(|p| p.extension().is_some_and(|e| e == "rs"))
                }
            })
            .collect();
        bins.sort();
        roots.extend(bins);
    }
    roots
}

/// The import circles among the files of the crate rooted at `root` (a `lib.rs`, `main.rs`…).
/// File names in the answer are relative to `base`.
pub fn cycles(root: &Path, base: &Path) -> Result<Vec<Cycle>, String> {
    let mut krate = Crate::default();
    load_file(&mut krate, root, Vec::new(), &child_dir(root, true))?;
    let relative = |path: &Path| path.strip_prefix(base).unwrap_or(path).to_path_buf();
    let mut edges: BTreeMap<PathBuf, Vec<Edge>> = BTreeMap::new();
    for import in &krate.imports {
        let Some(absolute) = krate.absolute(&import.scope, &import.path) else {
            continue;
        };
        let Some(target) = krate.defining_file(&absolute, &mut HashSet::new()) else {
            continue;
        };
        let from = &krate.modules[&import.scope].file;
        if *from != target {
            edges.entry(relative(from)).or_default().push(Edge {
                from: relative(from),
                to: relative(&target),
                import: import.text.clone(),
            });
        }
    }
    Ok(strongly_connected(&edges)
        .into_iter()
        .filter(|component| component.len() > 1)
        .map(|component| Cycle {
            crate_root: relative(root),
            edges: one_cycle(&component, &edges),
            files: component,
        })
        .collect())
}

/// Where the children declared by `mod x;` in `file` are: beside a `mod.rs`, `lib.rs` or
/// `main.rs` (or a crate root of any name), else in the folder named after the file.
fn child_dir(file: &Path, is_root: bool) -> PathBuf {
    let dir = file.parent().unwrap_or(Path::new("")).to_path_buf();
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if is_root || matches!(stem, "mod" | "lib" | "main") {
        dir
    } else {
        dir.join(stem)
    }
}

fn load_file(krate: &mut Crate, file: &Path, path: Vec<String>, dir: &Path) -> Result<(), String> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let parsed = syn::parse_file(&text).map_err(|e| format!("{}: does not parse: {e}", file.display()))?;
    krate.modules.entry(path.clone()).or_default().file = file.to_path_buf();
    load_items(krate, file, &path, dir, &parsed.items)
}

fn load_items(krate: &mut Crate, file: &Path, scope: &[String], dir: &Path, items: &[syn::Item]) -> Result<(), String> {
    for item in items {
        match item {
            syn::Item::Mod(module) => {
                let name = module.ident.to_string();
                krate
                    .modules
                    .get_mut(scope)
                    .expect("the scope is loaded")
                    .children
                    .insert(name.clone());
                let mut child = scope.to_vec();
                child.push(name.clone());
                let explicit = path_attribute(&module.attrs);
                match &module.content {
                    Some((_, inner)) => {
                        krate.modules.entry(child.clone()).or_default().file = file.to_path_buf();
                        load_items(krate, file, &child, &dir.join(&name), inner)?;
                    }
                    None => {
                        let found = match explicit {
                            Some(explicit) => Some(dir.join(explicit)),
                            None => [dir.join(format!("{name}.rs")), dir.join(&name).join("mod.rs")]
                                .into_iter()
                                .find(|candidate| candidate.is_file()),
                        };
                        let Some(found) = found else {
                            return Err(format!("{}: no file for `mod {name};`", file.display()));
                        };
                        let child_dir = child_dir(&found, false);
                        load_file(krate, &found, child, &child_dir)?;
                    }
                }
            }
            syn::Item::Use(declaration) => {
                let mut leaves = Vec::new();
                use_leaves(&declaration.tree, Vec::new(), &mut leaves);
                let module = krate.modules.get_mut(scope).expect("the scope is loaded");
                for (path, binding) in leaves {
                    match &binding {
                        Some(name) if name != "_" => {
                            module.bindings.insert(name.clone(), path.clone());
                        }
                        Some(_) => {}
                        None => module.globs.push(path.clone()),
                    }
                    let text = format!("use {}{}", path.join("::"), if binding.is_none() { "::*" } else { "" });
                    krate.imports.push(Import {
                        scope: scope.to_vec(),
                        path,
                        text,
                    });
                }
            }
            _ => {
                if let Some(name) = item_name(item) {
                    krate
                        .modules
                        .get_mut(scope)
                        .expect("the scope is loaded")
                        .items
                        .insert(name);
                }
                for block in bodies(item) {
                    load_block(krate, file, scope, dir, block)?;
                }
            }
        }
    }
    Ok(())
}

/// The `use` declarations in a function body, which import into the enclosing module's file.
fn load_block(krate: &mut Crate, file: &Path, scope: &[String], dir: &Path, block: &syn::Block) -> Result<(), String> {
    let items: Vec<syn::Item> = block
        .stmts
        .iter()
        .filter_map(|stmt| match stmt {
            syn::Stmt::Item(item @ (syn::Item::Use(_) | syn::Item::Fn(_) | syn::Item::Impl(_))) => Some(item.clone()),
            _ => None,
        })
        .collect();
    // Names a body binds are local to it: load its imports without its bindings.
    let saved = krate.modules.get(scope).map(|m| (m.bindings.clone(), m.globs.clone()));
    load_items(krate, file, scope, dir, &items)?;
    if let (Some((bindings, globs)), Some(module)) = (saved, krate.modules.get_mut(scope)) {
        module.bindings = bindings;
        module.globs = globs;
    }
    Ok(())
}

fn bodies(item: &syn::Item) -> Vec<&syn::Block> {
    match item {
        syn::Item::Fn(function) => vec![&function.block],
        syn::Item::Impl(implementation) => implementation
            .items
            .iter()
            .filter_map(|item| match item {
                syn::ImplItem::Fn(function) => Some(&function.block),
                _ => None,
            })
            .collect(),
        syn::Item::Trait(definition) => definition
            .items
            .iter()
            .filter_map(|item| match item {
                syn::TraitItem::Fn(function) => function.default.as_ref(),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    let ident = match item {
        syn::Item::Const(item) => &item.ident,
        syn::Item::Enum(item) => &item.ident,
        syn::Item::Fn(item) => &item.sig.ident,
        syn::Item::Static(item) => &item.ident,
        syn::Item::Struct(item) => &item.ident,
        syn::Item::Trait(item) => &item.ident,
        syn::Item::Type(item) => &item.ident,
        syn::Item::Union(item) => &item.ident,
        syn::Item::Macro(item) => item.ident.as_ref()?,
        _ => return None,
    };
    Some(ident.to_string())
}

fn path_attribute(attrs: &[syn::Attribute]) -> Option<String> {
    attrs.iter().find_map(|attr| match &attr.meta {
        syn::Meta::NameValue(pair) if pair.path.is_ident("path") => match &pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) => Some(text.value()),
            _ => None,
        },
        _ => None,
    })
}

/// Every leaf of a `use` tree: its full path and the name it binds (`None` for a glob). A
/// `self` leaf binds the last segment of its prefix.
fn use_leaves(tree: &syn::UseTree, prefix: Vec<String>, out: &mut Vec<(Vec<String>, Option<String>)>) {
    match tree {
        syn::UseTree::Path(path) => {
            let mut prefix = prefix;
            prefix.push(path.ident.to_string());
            use_leaves(&path.tree, prefix, out);
        }
        syn::UseTree::Name(name) if name.ident == "self" => {
            let binding = prefix.last().cloned();
            out.push((prefix, binding));
        }
        syn::UseTree::Name(name) => {
            let mut path = prefix;
            path.push(name.ident.to_string());
            let binding = name.ident.to_string();
            out.push((path, Some(binding)));
        }
        syn::UseTree::Rename(rename) => {
            let mut path = prefix;
            if rename.ident != "self" {
                path.push(rename.ident.to_string());
            }
            out.push((path, Some(rename.rename.to_string())));
        }
        syn::UseTree::Glob(_) => out.push((prefix, None)),
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                use_leaves(tree, prefix.clone(), out);
            }
        }
    }
}

impl Crate {
    /// `path`, written in module `scope`, from the crate root; `None` when it leaves the crate.
    fn absolute(&self, scope: &[String], path: &[String]) -> Option<Vec<String>> {
        self.absolute_within(scope, path, 0)
    }

    fn absolute_within(&self, scope: &[String], path: &[String], depth: usize) -> Option<Vec<String>> {
        // Bindings naming bindings end within a few steps; a loop is not a path of this crate.
        if depth > 16 {
            return None;
        }
        let (first, rest) = path.split_first()?;
        match first.as_str() {
            "crate" => Some(rest.to_vec()),
            "self" => Some([scope, rest].concat()),
            "super" => {
                let mut base = scope.to_vec();
                let mut rest = path;
                while let Some(("super", tail)) = rest.split_first().map(|(s, t)| (s.as_str(), t)) {
                    base.pop()?;
                    rest = tail;
                }
                Some([base.as_slice(), rest].concat())
            }
            name => {
                let module = self.modules.get(scope)?;
                if module.children.contains(name) {
                    Some([scope, path].concat())
                } else if let Some(bound) = module.bindings.get(name) {
                    // The binding is written in the same scope; a binding of itself is external.
                    (bound.as_slice() != [name.to_string()])
                        .then(|| self.absolute_within(scope, bound, depth + 1))
                        .flatten()
                        .map(|base| [base.as_slice(), rest].concat())
                } else {
                    None
                }
            }
        }
    }

    /// The file defining what `absolute` names: a module's own file, or the file of the module
    /// that defines the item, following re-exports.
    fn defining_file(&self, absolute: &[String], seen: &mut HashSet<Vec<String>>) -> Option<PathBuf> {
        if !seen.insert(absolute.to_vec()) {
            return None;
        }
        let split = (0..=absolute.len())
            .rev()
            .find(|&n| self.modules.contains_key(&absolute[..n]))?;
        let (module_path, rest) = absolute.split_at(split);
        let module = &self.modules[module_path];
        let Some(name) = rest.first() else {
            return Some(module.file.clone());
        };
        if module.items.contains(name) {
            return Some(module.file.clone());
        }
        if let Some(bound) = module.bindings.get(name) {
            if let Some(target) = self.absolute(module_path, bound) {
                let target = [target.as_slice(), &rest[1..]].concat();
                return self.defining_file(&target, seen);
            }
            // Bound to another crate's item.
            return Some(module.file.clone());
        }
        // Through a glob, or made by a macro (`api_version_module!`): only a glob is followed.
        module.globs.iter().find_map(|glob| {
            let target = self.absolute(module_path, glob)?;
            self.defining_file(&[target.as_slice(), rest].concat(), seen)
        })
    }
}

/// Tarjan's strongly connected components of the import graph.
fn strongly_connected(edges: &BTreeMap<PathBuf, Vec<Edge>>) -> Vec<Vec<PathBuf>> {
    struct Search<'e> {
        edges: &'e BTreeMap<PathBuf, Vec<Edge>>,
        index: HashMap<PathBuf, usize>,
        low: HashMap<PathBuf, usize>,
        stack: Vec<PathBuf>,
        on_stack: HashSet<PathBuf>,
        components: Vec<Vec<PathBuf>>,
    }
    impl Search<'_> {
        fn visit(&mut self, file: &PathBuf) {
            let n = self.index.len();
            self.index.insert(file.clone(), n);
            self.low.insert(file.clone(), n);
            self.stack.push(file.clone());
            self.on_stack.insert(file.clone());
            for edge in self.edges.get(file).into_iter().flatten() {
                if !self.index.contains_key(&edge.to) {
                    self.visit(&edge.to);
                    let low = self.low[&edge.to].min(self.low[file]);
                    self.low.insert(file.clone(), low);
                } else if self.on_stack.contains(&edge.to) {
                    let low = self.index[&edge.to].min(self.low[file]);
                    self.low.insert(file.clone(), low);
                }
            }
            if self.low[file] == self.index[file] {
                let mut component = Vec::new();
                while let Some(top) = self.stack.pop() {
                    self.on_stack.remove(&top);
                    let done = top == *file;
                    component.push(top);
                    if done {
                        break;
                    }
                }
                component.sort();
                self.components.push(component);
            }
        }
    }
    let mut search = Search {
        edges,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: HashSet::new(),
        components: Vec::new(),
    };
    for file in edges.keys() {
        if !search.index.contains_key(file) {
            search.visit(file);
        }
    }
    search.components.sort();
    search.components
}

/// One circle through the first file of `component`: the shortest way out and back.
fn one_cycle(component: &[PathBuf], edges: &BTreeMap<PathBuf, Vec<Edge>>) -> Vec<Edge> {
    let start = &component[0];
    let inside: HashSet<&PathBuf> = component.iter().collect();
    let mut came_by: HashMap<&PathBuf, &Edge> = HashMap::new();
    let mut queue = std::collections::VecDeque::from([start]);
    while let Some(file) = queue.pop_front() {
        for edge in edges.get(file).into_iter().flatten() {
            if !inside.contains(&edge.to) || came_by.contains_key(&edge.to) {
                continue;
            }
            came_by.insert(&edge.to, edge);
            if edge.to == *start {
                let mut cycle = vec![edge.clone()];
                let mut at = &edge.from;
                while at != start {
                    let back = came_by[at];
                    cycle.push(back.clone());
                    at = &back.from;
                }
                cycle.reverse();
                return cycle;
            }
            queue.push_back(&edge.to);
        }
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `files` (path, text) under a fresh folder and checks the crate at `src/lib.rs`.
    fn check(name: &str, files: &[(&str, &str)]) -> Vec<Cycle> {
        let dir = std::env::temp_dir().join(format!("import-cycles-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for (path, text) in files {
            let path = dir.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        let found = cycles(&dir.join("src/lib.rs"), &dir).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        found
    }

    #[test]
    fn two_files_importing_each_other_are_a_circle() {
        let found = check(
            "direct",
            &[
                ("src/lib.rs", "mod a; mod b;"),
                ("src/a.rs", "use crate::b::B; pub struct A;"),
                ("src/b.rs", "use super::a::A; pub struct B;"),
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        let shown = found[0].to_string();
        assert!(shown.contains("src/a.rs -> src/b.rs  (use crate::b::B)"), "{shown}");
        assert!(shown.contains("src/b.rs -> src/a.rs  (use super::a::A)"), "{shown}");
    }

    #[test]
    fn a_circle_through_a_third_file_is_found() {
        let found = check(
            "indirect",
            &[
                ("src/lib.rs", "mod a; mod b; mod c;"),
                ("src/a.rs", "use crate::b::B; pub struct A;"),
                ("src/b.rs", "use crate::c::C; pub struct B;"),
                ("src/c.rs", "fn f() { use crate::a::A; } pub struct C;"),
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].edges.len(), 3, "{}", found[0]);
    }

    #[test]
    fn a_parent_reexporting_its_children_is_not_a_circle() {
        let found = check(
            "reexport",
            &[
                ("src/lib.rs", "mod client; pub use client::{Client, Error};"),
                (
                    "src/client/mod.rs",
                    "mod error; mod builder; pub use error::Error; pub use builder::Client;",
                ),
                ("src/client/error.rs", "pub struct Error;"),
                (
                    "src/client/builder.rs",
                    "use super::Error; use crate::Error as Failure; pub struct Client;",
                ),
            ],
        );
        assert_eq!(found, Vec::new());
    }

    #[test]
    fn a_child_importing_its_parents_own_item_is_a_circle() {
        let found = check(
            "parent",
            &[
                (
                    "src/lib.rs",
                    "mod service; pub use service::Reply; pub struct Recorded;",
                ),
                ("src/service.rs", "use super::Recorded; pub struct Reply;"),
            ],
        );
        assert_eq!(found.len(), 1, "{found:?}");
    }

    #[test]
    fn inline_test_modules_belong_to_their_file() {
        let found = check(
            "inline",
            &[
                (
                    "src/lib.rs",
                    "mod a; pub use a::A; mod tests { use super::*; use crate::A; }",
                ),
                ("src/a.rs", "pub struct A; #[cfg(test)] mod tests { use super::*; }"),
            ],
        );
        assert_eq!(found, Vec::new());
    }
}
