//! Problems with claim files and sources, each with the place it was found.

/// Where in a file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Position {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// How many characters to underline from `column` (at least one, at most to the line's end).
    pub length: u32,
    /// The text of that line, for the snippet.
    pub line_text: String,
}

/// A problem that stops the check from running.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// A path given on the command line does not exist or cannot be listed.
    #[error("cannot read `{path}`")]
    Path {
        /// The path as given.
        path: String,
        /// Why.
        #[source]
        cause: std::io::Error,
    },
    /// A folder given holds no claim files.
    #[error("no claim files (*.yaml, *.yml) in `{path}`")]
    NoClaimFiles {
        /// The folder as given.
        path: String,
    },
    /// A claim file cannot be read.
    #[error("cannot read claim file `{path}`")]
    ClaimFile {
        /// The file.
        path: String,
        /// Why.
        #[source]
        cause: std::io::Error,
    },
    /// A claim file or folder refused by the path rules (see [`crate::confine`]).
    #[error("`{path}` {why}")]
    Refused {
        /// The path as shown.
        path: String,
        /// Why.
        why: crate::confine::Refusal,
    },
    /// Two claim files that differ only by `.yaml` and `.yml`.
    #[error("`{first}` and `{second}` would share one report snapshot; rename one of them")]
    SameName {
        /// The first, as shown.
        first: String,
        /// The second, as shown.
        second: String,
    },
    /// The search for claim files stopped.
    #[error(transparent)]
    Walk(#[from] crate::walk::WalkError),
    /// A problem inside a claim file.
    #[error("{file}:{}:{}: {message}", .at.line, .at.column)]
    Claim {
        /// The claim file.
        file: String,
        /// Where in it.
        at: Position,
        /// What is wrong, for the user.
        message: String,
    },
}

impl LoadError {
    /// The file and position of the problem, when it has one.
    pub fn location(&self) -> Option<(&str, &Position)> {
        match self {
            LoadError::Claim { file, at, .. } => Some((file, at)),
            _ => None,
        }
    }
}

/// Every problem found in a run, in file order; never empty.
#[derive(Debug, thiserror::Error)]
#[error("{} problem(s) in claim files", .0.len())]
pub struct LoadErrors(pub Vec<LoadError>);

/// Turns a path into the `/`-separated form reports show.
pub fn display_path(path: &std::path::Path) -> String {
    let mut parts: Vec<String> = Vec::new();
    for c in path.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if parts.last().is_some_and(|p| p != "..") {
                    parts.pop();
                } else {
                    parts.push("..".into());
                }
            }
            std::path::Component::RootDir => parts.push(String::new()),
            other => parts.push(other.as_os_str().to_string_lossy().into_owned()),
        }
    }
    if parts.is_empty() {
        return ".".into();
    }
    let joined = parts.join("/");
    if joined.is_empty() { "/".into() } else { joined }
}
