//! Two specs → a Markdown report of what changes for users of the generated crate: operations,
//! models, enums; each change marked breaking or not, with the semver bump the whole implies.
//! Deterministic (sorted by kind, then name) and short when little changed.

use crate::ir::{Body, BodyKind, Deprecation, Gate, Ir, OperationDef, PathTemplate, Type, TypeDef};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

/// How a change affects code written against the generated crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    /// Code that compiled may stop compiling (or silently mean something else): a major bump.
    Breaking,
    /// New API: a minor bump.
    Additive,
    /// Nothing to change in user code (nullability, docs): a patch bump.
    Compatible,
}

impl Impact {
    fn label(self) -> &'static str {
        match self {
            Impact::Breaking => "**breaking**",
            Impact::Additive => "additive",
            Impact::Compatible => "compatible",
        }
    }
}

/// One change, in one of three sections.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub section: Section,
    pub subject: String,
    pub impact: Impact,
    pub what: String,
    /// For an operation, its HTTP method (upper case) and path: what the report groups by root.
    pub operation: Option<(String, PathTemplate)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Section {
    Operations,
    Models,
    Enums,
}

/// The changes from `old` to `new`, sorted.
pub fn changes(old: &Ir, new: &Ir) -> Vec<Change> {
    let mut out = Vec::new();
    operations(old, new, &mut out);
    types(old, new, &mut out);
    out.sort();
    out
}

/// The semver bump a set of changes implies.
pub fn semver(changes: &[Change]) -> &'static str {
    match changes.iter().map(|c| c.impact).min() {
        Some(Impact::Breaking) => "major",
        Some(Impact::Additive) => "minor",
        Some(Impact::Compatible) => "patch",
        None => "none",
    }
}

/// The Markdown report; `old_name` and `new_name` label the two inputs.
pub fn report(old_name: &str, new_name: &str, old: &Ir, new: &Ir) -> String {
    let changes = changes(old, new);
    let mut md = format!("# API changes: {old_name} → {new_name}\n\n");
    if changes.is_empty() {
        md.push_str("No changes to operations, models or enums. Semver: none.\n");
        return md;
    }
    let count = |impact| changes.iter().filter(|c| c.impact == impact).count();
    let _ = writeln!(
        md,
        "Semver: **{}** ({} breaking, {} additive, {} compatible). Operations {} → {}, models and enums {} → {}.\n",
        semver(&changes),
        count(Impact::Breaking),
        count(Impact::Additive),
        count(Impact::Compatible),
        old.operations.len(),
        new.operations.len(),
        old.types.len(),
        new.types.len(),
    );
    for (section, title, column) in [
        (Section::Operations, "Operations", "operation"),
        (Section::Models, "Models", "model"),
        (Section::Enums, "Enums and flags", "enum"),
    ] {
        // One builder method serves every root: the same change under `servicePrincipals/{id}` and
        // `applications/{id}` is one row naming both roots.
        let mut rows: BTreeMap<(Impact, String, String), BTreeSet<String>> = BTreeMap::new();
        for c in changes.iter().filter(|c| c.section == section) {
            let (subject, root) = match &c.operation {
                Some((method, path)) => shared_subject(method, path),
                None => (c.subject.clone(), None),
            };
            rows.entry((c.impact, subject, c.what.clone()))
                .or_default()
                .extend(root);
        }
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(md, "## {title}\n\n| impact | {column} | change |\n|---|---|---|");
        for ((impact, subject, what), roots) in rows {
            let roots = if roots.is_empty() {
                String::new()
            } else {
                format!(" ({})", roots.into_iter().collect::<Vec<_>>().join(", "))
            };
            let _ = writeln!(
                md,
                "| {} | `{subject}`{roots} | {} |",
                impact.label(),
                what.replace('|', "\\|")
            );
        }
        md.push('\n');
    }
    md.push_str(
        "Breaking: removed or retyped API, removed enum members, new required arguments. Additive: new operations, \
         models, properties (construct models with `..Default::default()`), enum members (enums are \
         `#[non_exhaustive]`), query options. Compatible: nullability (every property is a `Maybe`), enum members respelled in another case (matched ignoring case), \
         deprecations (a rustc warning naming Microsoft's removal date; the operation works until then).\n",
    );
    md
}

/// `GET /servicePrincipals/{servicePrincipal-id}/synchronization` → (`GET …/synchronization`,
/// `servicePrincipals`): the part every root shares, and the root; other paths stay whole.
fn shared_subject(method: &str, path: &PathTemplate) -> (String, Option<String>) {
    let root = match path.segments.as_slice() {
        [root, key, _, ..] if key.is_key() => Some(root.text()),
        _ => None,
    };
    (format!("{method} {}", path.below_root_key()), root)
}

/// A type as users see it: `Vec<SynchronizationJob>`.
fn describe(ty: &Type) -> String {
    match ty {
        Type::String => "String".into(),
        Type::Bool => "bool".into(),
        Type::I32 => "i32".into(),
        Type::I64 => "i64".into(),
        Type::F64 => "f64".into(),
        Type::Uuid => "Uuid".into(),
        Type::Bytes => "Bytes".into(),
        Type::DateTime => "DateTime".into(),
        Type::Duration => "Duration".into(),
        Type::Json => "Json".into(),
        Type::Named { rust_name, .. } => rust_name.clone(),
        Type::List(item) => format!("Vec<{}>", describe(item)),
    }
}

fn describe_body(body: Option<&Body>) -> String {
    match body {
        None => "none".into(),
        Some(Body {
            content_type,
            kind: BodyKind::Bytes,
        }) => format!("bytes ({content_type})"),
        Some(Body {
            content_type,
            kind: BodyKind::Typed(ty),
        }) => format!("{} ({content_type})", describe(ty)),
    }
}

fn operations(old: &Ir, new: &Ir, out: &mut Vec<Change>) {
    let index = |ir: &Ir| -> BTreeMap<(PathTemplate, String), OperationDef> {
        ir.operations
            .iter()
            .map(|op| ((op.path.clone(), op.method.to_uppercase()), op.clone()))
            .collect()
    };
    let (before, after) = (index(old), index(new));
    let mut push = |(path, method): &(PathTemplate, String), impact, what: String| {
        out.push(Change {
            section: Section::Operations,
            subject: format!("{method} {path}"),
            impact,
            what,
            operation: Some((method.clone(), path.clone())),
        })
    };
    for (key, op) in &before {
        let Some(now) = after.get(key) else {
            push(key, Impact::Breaking, "removed".into());
            continue;
        };
        let (req_before, req_after) = (describe_body(op.request.as_ref()), describe_body(now.request.as_ref()));
        if req_before != req_after {
            push(
                key,
                Impact::Breaking,
                format!("request body `{req_before}` → `{req_after}`"),
            );
        }
        let (resp_before, resp_after) = (
            describe_body(op.response.as_ref()),
            describe_body(now.response.as_ref()),
        );
        if resp_before != resp_after {
            push(
                key,
                Impact::Breaking,
                format!("response `{resp_before}` → `{resp_after}`"),
            );
        }
        let set = |v: &[String]| v.iter().cloned().collect::<BTreeSet<String>>();
        let (opts_before, opts_after) = (set(&op.options), set(&now.options));
        for removed in opts_before.difference(&opts_after) {
            push(key, Impact::Breaking, format!("option `{removed}` removed"));
        }
        for added in opts_after.difference(&opts_before) {
            push(key, Impact::Additive, format!("option `{added}` added"));
        }
        if op.required_query != now.required_query {
            push(
                key,
                Impact::Breaking,
                format!("required arguments {:?} → {:?}", op.required_query, now.required_query),
            );
        }
        if op.feature != now.feature {
            // Code built without the new feature stops compiling; dropping a feature only adds.
            let impact = if now.feature.is_some() {
                Impact::Breaking
            } else {
                Impact::Additive
            };
            push(
                key,
                impact,
                format!(
                    "feature {} → {}",
                    describe_feature(op.feature.as_deref()),
                    describe_feature(now.feature.as_deref())
                ),
            );
        }
        if let Some(what) = deprecation_change(op.deprecation.as_ref(), now.deprecation.as_ref()) {
            push(key, Impact::Compatible, what);
        }
        if op.pageable != now.pageable {
            let what = if now.pageable {
                "now pageable"
            } else {
                "no longer pageable"
            };
            push(key, Impact::Breaking, what.into());
        }
    }
    for (key, op) in &after {
        if !before.contains_key(key) {
            let feature = match &op.feature {
                Some(name) => format!(", feature `{name}`"),
                None => String::new(),
            };
            let deprecated = match &op.deprecation {
                Some(d) => format!(", {}", crate::emit::deprecation_note(d)),
                None => String::new(),
            };
            push(
                key,
                Impact::Additive,
                format!(
                    "added (response `{}`{feature}{deprecated})",
                    describe_body(op.response.as_ref())
                ),
            );
        }
    }
}

/// A deprecation that appeared, went, or changed (its removal date most of all): users see it as
/// a rustc warning, so it is compatible, and the report names the date their code must move by.
fn deprecation_change(before: Option<&Deprecation>, after: Option<&Deprecation>) -> Option<String> {
    match (before, after) {
        (None, Some(d)) => Some(format!("newly {}", crate::emit::deprecation_note(d))),
        (Some(_), None) => Some("no longer deprecated".to_string()),
        (Some(a), Some(b)) if a != b => Some(format!("deprecation now: {}", crate::emit::deprecation_note(b))),
        _ => None,
    }
}

/// `none` or `` `provisioning-flow` ``.
fn describe_feature(feature: Option<&str>) -> String {
    feature.map_or_else(|| "none".to_string(), |name| format!("`{name}`"))
}

/// `always` or `` `a` or `b` ``: under which features a model is compiled.
fn describe_gate(gate: &Gate) -> String {
    match gate {
        Gate::Always => "always".to_string(),
        Gate::AnyOf(_) => gate
            .features()
            .iter()
            .map(|f| format!("`{f}`"))
            .collect::<Vec<_>>()
            .join(" or "),
    }
}

fn types(old: &Ir, new: &Ir, out: &mut Vec<Change>) {
    let index = |ir: &Ir| -> BTreeMap<String, TypeDef> {
        ir.types
            .values()
            .map(|t| (t.spec_name().to_string(), t.clone()))
            .collect()
    };
    let (before, after) = (index(old), index(new));
    for (name, def) in &before {
        let section = section_of(def);
        let mut push = |impact, what: String| {
            out.push(Change {
                section,
                subject: name.clone(),
                impact,
                what,
                operation: None,
            })
        };
        let Some(now) = after.get(name) else {
            push(Impact::Breaking, "removed".into());
            continue;
        };
        if def.gate() != now.gate() {
            // Breaking when some build that had the type loses it.
            let narrowed = *now.gate() != def.gate().union(now.gate());
            push(
                if narrowed { Impact::Breaking } else { Impact::Additive },
                format!("compiled {} → {}", describe_gate(def.gate()), describe_gate(now.gate())),
            );
        }
        match (def, now) {
            (TypeDef::Struct(a), TypeDef::Struct(b)) => {
                if let Some(what) = deprecation_change(a.deprecation.as_ref(), b.deprecation.as_ref()) {
                    push(Impact::Compatible, what);
                }
                let fields = |s: &crate::ir::StructDef| -> BTreeMap<String, crate::ir::FieldDef> {
                    s.fields.iter().map(|f| (f.wire_name.clone(), f.clone())).collect()
                };
                let (fa, fb) = (fields(a), fields(b));
                for (wire, f) in &fa {
                    match fb.get(wire) {
                        None => push(Impact::Breaking, format!("property `{wire}` removed")),
                        Some(g) => {
                            if describe(&f.ty) != describe(&g.ty) {
                                push(
                                    Impact::Breaking,
                                    format!(
                                        "property `{wire}` retyped `{}` → `{}`",
                                        describe(&f.ty),
                                        describe(&g.ty)
                                    ),
                                );
                            }
                            if f.nullable != g.nullable {
                                let now = if g.nullable { "nullable" } else { "not nullable" };
                                push(Impact::Compatible, format!("property `{wire}` now {now}"));
                            }
                        }
                    }
                }
                for (wire, g) in &fb {
                    if !fa.contains_key(wire) {
                        push(
                            Impact::Additive,
                            format!("property `{wire}` added (`{}`)", describe(&g.ty)),
                        );
                    }
                }
            }
            (TypeDef::Enum(a), TypeDef::Enum(b)) => {
                let members =
                    |e: &crate::ir::EnumDef| -> BTreeSet<String> { e.members.iter().map(|m| m.wire.clone()).collect() };
                let (ma, mb) = (members(a), members(b));
                // Members match ignoring case: a new spelling keeps the variant, only the encoding changes.
                let respelled =
                    |m: &String, other: &BTreeSet<String>| other.iter().find(|o| o.eq_ignore_ascii_case(m)).cloned();
                for m in ma.difference(&mb) {
                    match respelled(m, &mb) {
                        Some(now) => push(Impact::Compatible, format!("member `{m}` now spelled `{now}`")),
                        None => push(Impact::Breaking, format!("member `{m}` removed")),
                    }
                }
                for m in mb.difference(&ma) {
                    if respelled(m, &ma).is_none() {
                        push(Impact::Additive, format!("member `{m}` added"));
                    }
                }
                if a.flags != b.flags {
                    let what = if b.flags {
                        "now a flags set"
                    } else {
                        "no longer a flags set"
                    };
                    push(Impact::Breaking, what.into());
                }
            }
            (TypeDef::Alias(a), TypeDef::Alias(b)) if describe(&a.ty) != describe(&b.ty) => {
                push(
                    Impact::Breaking,
                    format!("retyped `{}` → `{}`", describe(&a.ty), describe(&b.ty)),
                );
            }
            (TypeDef::Alias(_), TypeDef::Alias(_)) => {}
            (a, b) => push(
                Impact::Breaking,
                format!("changed from {} to {}", kind_of(a), kind_of(b)),
            ),
        }
    }
    for (name, def) in &after {
        if !before.contains_key(name) {
            out.push(Change {
                section: section_of(def),
                subject: name.clone(),
                impact: Impact::Additive,
                what: format!("added ({})", kind_of(def)),
                operation: None,
            });
        }
    }
}

fn section_of(def: &TypeDef) -> Section {
    match def {
        TypeDef::Enum(_) => Section::Enums,
        _ => Section::Models,
    }
}

fn kind_of(def: &TypeDef) -> &'static str {
    match def {
        TypeDef::Struct(_) => "a model",
        TypeDef::Enum(e) if e.flags => "a flags enum",
        TypeDef::Enum(_) => "an enum",
        TypeDef::Alias(_) => "an alias",
    }
}

/// The report between two documents. With `include` patterns, each is first cut down as `extract`
/// would (so two whole upstream modules compare through the synchronization fragment), with
/// `features` gated and `overlays` applied.
pub fn diff_documents(
    old: crate::extract::Input,
    new: crate::extract::Input,
    include: &[String],
    features: &[crate::extract::FeatureGate],
    overlays: &[crate::extract::Input],
) -> crate::Result<String> {
    let ir = |input: &crate::extract::Input| -> crate::Result<(Ir, Vec<crate::overlay::CaughtUp>)> {
        let (text, caught_up) = if include.is_empty() {
            (input.text.to_string(), Vec::new())
        } else {
            let same = crate::extract::Input {
                name: input.name,
                text: input.text,
            };
            let extracted = crate::extract::extract_with_features(input.name, &[same], include, features, overlays)?;
            (extracted.fragment, extracted.caught_up)
        };
        Ok((
            crate::resolve::resolve(&crate::load::parse(input.name, &text)?)?,
            caught_up,
        ))
    };
    let ((old_ir, _), (new_ir, caught_up)) = (ir(&old)?, ir(&new)?);
    let mut md = report(old.name, new.name, &old_ir, &new_ir);
    if !caught_up.is_empty() {
        // What the new document publishes itself: the overlay entries that can go.
        md.push_str(&format!("\n## Overlay entries {} has caught up with\n\n", new.name));
        for entry in caught_up {
            md.push_str(&format!("- {entry}\n"));
        }
    }
    Ok(md)
}
