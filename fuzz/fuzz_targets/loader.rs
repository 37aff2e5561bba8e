//! Fuzzes the loader: any bytes give a program or diagnostics, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = vanban_core::Program::from_yaml_bytes(data, "fuzz.yaml");
});
