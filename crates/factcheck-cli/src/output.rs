//! Writing a report: the `--format` report to standard output, and each `--output FORMAT=FILE`
//! report to its file. Every report is rendered into memory first; a file is written to a
//! temporary file in the same folder and then renamed over the target, so that a reader never
//! sees half a report, and a failed write leaves the old file as it was.

use crate::args::{Format, ReportArgs};
use crate::render;
use factcheck_core::Report;
use std::ffi::OsString;
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::Path;

/// Renders `report` as `args` asks and writes it; `quiet` applies to human reports. Returns
/// false, having said why on `stderr`, when an argument is wrong or a report cannot be written.
pub fn write_reports(
    report: &Report,
    args: &ReportArgs,
    quiet: bool,
    choice: anstream::ColorChoice,
    stderr: &mut dyn Write,
) -> bool {
    for (i, output) in args.outputs.iter().enumerate() {
        if args.outputs[..i].iter().any(|o| o.path == output.path) {
            let _ = writeln!(stderr, "error: `{}` is given to --output twice", output.path.display());
            return false;
        }
    }
    let render = |format: Format| -> io::Result<Vec<u8>> {
        let mut rendered = Vec::new();
        render::renderer(format, quiet, args.sarif_all).render(report, &mut rendered)?;
        Ok(rendered)
    };
    // Render everything before writing anything.
    let mut files = Vec::new();
    for output in &args.outputs {
        match render(output.format) {
            // Files never get colour.
            Ok(bytes) => files.push((output, anstream::adapter::strip_bytes(&bytes).into_vec())),
            Err(e) => {
                let _ = writeln!(stderr, "error: cannot render the {} report: {e}", output.format.name());
                return false;
            }
        }
    }
    // The stream strips the human report's colour where colour is not wanted.
    let written = render(args.format.unwrap_or(Format::Human)).and_then(|rendered| {
        let mut stdout = anstream::AutoStream::new(std::io::stdout().lock(), choice);
        stdout.write_all(&rendered).and_then(|_| stdout.flush())
    });
    let mut ok = true;
    match written {
        // A reader that stopped early (`factcheck verify | head -1`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {}
        Err(e) => {
            let _ = writeln!(stderr, "error: cannot write the report: {e}");
            ok = false;
        }
        Ok(()) => {}
    }
    for (output, bytes) in files {
        if let Err(e) = write_atomically(&output.path, &bytes) {
            let _ = writeln!(
                stderr,
                "error: cannot write the {} report to `{}`: {e}",
                output.format.name(),
                output.path.display()
            );
            ok = false;
        }
    }
    ok
}

/// Writes `bytes` to `path` whole or not at all: to a new temporary file beside it, flushed to
/// disk, then renamed over `path`. The temporary file is removed when anything fails.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name =
        path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file"))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut temp_name = OsString::from(".");
    temp_name.push(name);
    temp_name.push(format!(".{}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let mut file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
    let result = file.write_all(bytes).and_then(|_| file.sync_all()).and_then(|_| {
        drop(file);
        fs::rename(&temp, path)
    });
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_whole_files_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("factcheck-output-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join("report.xml");
        write_atomically(&path, b"first").unwrap();
        write_atomically(&path, b"second").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"second");
        // A folder in the way: the write fails and the temporary file is gone.
        let blocked = dir.join("folder");
        fs::create_dir_all(blocked.join("inside")).unwrap();
        assert!(write_atomically(&blocked, b"x").is_err());
        let left: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left.len(), 2, "{left:?}");
        assert!(write_atomically(&dir.join("no/such/folder/r.xml"), b"x").is_err());
        fs::remove_dir_all(&dir).unwrap();
    }
}
