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

impl Exit {
    /// The status that says more: an I/O error over invalid input over success.
    pub fn worse(self, other: Exit) -> Exit {
        if self == Exit::Io || other == Exit::Io {
            Exit::Io
        } else if self == Exit::Invalid || other == Exit::Invalid {
            Exit::Invalid
        } else {
            Exit::Ok
        }
    }
}
