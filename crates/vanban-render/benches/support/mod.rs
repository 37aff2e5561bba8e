//! Generated programs for benchmarks: the Sơn Trà example with its tasks
//! repeated to any count (JSON, which is YAML).

use vanban_core::Program;

/// The Sơn Trà program.
pub fn son_tra() -> Option<Program> {
    let yaml = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");
    Program::from_yaml(yaml, "son-tra").map(|l| l.value).ok()
}

/// The Sơn Trà program's source with `tasks` tasks, spread over its five
/// groups, as JSON text.
pub fn source_with(tasks: usize) -> Option<String> {
    let yaml = include_str!("../../../../examples/son-tra-11-ctr-qu.yaml");
    let mut v: serde_json::Value = serde_saphyr::from_str(yaml).ok()?;
    let groups = v.get_mut("groups")?.as_array_mut()?;
    let all: Vec<serde_json::Value> = groups
        .iter()
        .flat_map(|g| g["tasks"].as_array().cloned().unwrap_or_default())
        .collect();
    let count = groups.len();
    for (g, group) in groups.iter_mut().enumerate() {
        let share = tasks / count + usize::from(g < tasks % count);
        let list: Vec<serde_json::Value> = (0..share)
            .map(|k| {
                let mut t = all[(g * 7 + k) % all.len()].clone();
                t["id"] = serde_json::Value::String(format!("g{g}-t{k}"));
                t
            })
            .collect();
        group["tasks"] = serde_json::Value::Array(list);
    }
    serde_json::to_string_pretty(&v).ok()
}

/// The Sơn Trà program with `tasks` tasks.
pub fn program_with(tasks: usize) -> Option<Program> {
    let text = source_with(tasks)?;
    Program::from_yaml(&text, "generated").map(|l| l.value).ok()
}
