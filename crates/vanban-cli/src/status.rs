//! Exit statuses: stable and documented in `--help` and the README.

/// How the program ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Exit {
    /// 0: valid input, job done (warnings allowed).
    Ok = 0,
    /// 1: the input has errors.
    Invalid = 1,
    /// 2: usage or I/O error.
    Io = 2,
}
