//! `docx-check FILE.docx…`: each package's problems, then `FILE: valid` or
//! `FILE: N error(s)`. Exit 0 when every package is valid, 1 when any is
//! not, 2 when validation could not run (no xmllint, no schemas).

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    if files.is_empty() {
        eprintln!("usage: docx-check FILE.docx…");
        return ExitCode::from(2);
    }
    let mut bad = false;
    for file in &files {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                eprintln!("{file}: {e}");
                return ExitCode::from(2);
            }
        };
        match docx_check::validate(&bytes) {
            Err(e) => {
                eprintln!("docx-check: {e}");
                return ExitCode::from(2);
            }
            Ok(errors) if errors.is_empty() => println!("{file}: valid"),
            Ok(errors) => {
                for e in &errors {
                    println!("{file}:{e}");
                }
                println!("{file}: {} error(s)", errors.len());
                bad = true;
            }
        }
    }
    ExitCode::from(u8::from(bad))
}
