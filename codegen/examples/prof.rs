use std::time::Instant;
fn main() {
    let p = std::env::args().nth(1).unwrap();
    let n: usize = std::env::var("N").map_or(1, |n| n.parse().unwrap());
    let text = std::fs::read_to_string(&p).unwrap();
    if std::env::var_os("MODELS").is_some() {
        let doc = msgraph_sync_codegen::load::parse("x", &text).unwrap();
        let ir = msgraph_sync_codegen::resolve::resolve(&doc).unwrap();
        let t = Instant::now();
        let tokens = msgraph_sync_codegen::emit::models::emit(&ir, msgraph_sync_codegen::emit::Part::WHOLE);
        let a = t.elapsed();
        let f = msgraph_sync_codegen::file::format("m", tokens, msgraph_sync_codegen::Formatting::Pretty).unwrap();
        println!("models emit {:?} total {:?} {}", a, t.elapsed(), f.len());
        return;
    }
    if std::env::var_os("HALVES").is_some() {
        let (rest, section_owned) = msgraph_sync_codegen::load::split_in_two(&text)
            .map(|(h, t)| (h.to_string(), t))
            .unwrap();
        for _ in 0..5 {
            let t = Instant::now();
            let _: serde_yaml::Value = serde_yaml::from_str(&rest).unwrap();
            let a = t.elapsed();
            let _: serde_yaml::Value = serde_yaml::from_str(&section_owned).unwrap();
            let b = t.elapsed() - a;
            let _ = msgraph_sync_codegen::load::parse("x", &text).unwrap();
            let c = t.elapsed() - a - b;
            println!(
                "rest {:?} ({} B) section {:?} ({} B) parallel typed {:?}",
                a,
                rest.len(),
                b,
                section_owned.len(),
                c
            );
        }
        return;
    }
    let mut times = Vec::new();
    for _ in 0..n {
        let t = Instant::now();
        if std::env::var_os("FLOOR").is_some() {
            let _ = serde_yaml::from_str::<serde_yaml::Value>(&text).unwrap();
        } else {
            let _ = msgraph_sync_codegen::generate_spec("x", &text).unwrap();
        }
        times.push(t.elapsed());
    }
    times.sort();
    if std::env::var_os("STAGES").is_some() {
        let mut st = vec![Vec::new(), Vec::new(), Vec::new()];
        for _ in 0..n {
            let t = Instant::now();
            let doc = msgraph_sync_codegen::load::parse("x", &text).unwrap();
            let a = t.elapsed();
            let ir = msgraph_sync_codegen::resolve::resolve(&doc).unwrap();
            let b = t.elapsed();
            let f = msgraph_sync_codegen::emit_files(&ir, "x", msgraph_sync_codegen::Formatting::Pretty).unwrap();
            let c = t.elapsed();
            drop(f);
            st[0].push(a);
            st[1].push(b - a);
            st[2].push(c - b);
        }
        for s in &mut st {
            s.sort();
        }
        println!(
            "parse {:?} resolve {:?} emit_files {:?}",
            st[0][n / 2],
            st[1][n / 2],
            st[2][n / 2]
        );
    }
    println!("median {:?} min {:?}", times[n / 2], times[0]);
}
