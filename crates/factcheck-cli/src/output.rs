//! Writing a report: the `--format` report to standard output, and each `--output FORMAT=FILE`
//! report to its file. Every report is rendered into memory first; a file is written to a
//! temporary file in the same folder and then renamed over the target, so that a reader never
//! sees half a report, and a failed write leaves the old file as it was. A target written inside
//! the project root must stay inside it when its links are followed (the folders of a pull
//! request may be links out), and two `--output` flags may not name one file.

use crate::args::{Format, ReportArgs};
use crate::escape::terminal;
use crate::render;
use factcheck_core::Report;
use std::ffi::{OsStr, OsString};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Renders `report` as `args` asks and writes it; `quiet` applies to human reports. Returns
/// false, having said why on `stderr`, when an argument is wrong or a report cannot be written.
pub fn write_reports(
    report: &Report,
    args: &ReportArgs,
    quiet: bool,
    choice: anstream::ColorChoice,
    root: &Path,
    stderr: &mut dyn Write,
) -> bool {
    // Where each report goes, links resolved: refused before anything is written.
    let mut targets: Vec<PathBuf> = Vec::new();
    for output in &args.outputs {
        let shown = terminal(&output.path.to_string_lossy()).into_owned();
        match factcheck_loader::confine::writable(&output.path, root) {
            Ok(target) => {
                let same = |t: &PathBuf| t == &target || same_file(t, &target);
                if targets.iter().any(same) {
                    let _ = writeln!(
                        stderr,
                        "error: `{shown}` is given to --output twice (or is the same file as another)"
                    );
                    return false;
                }
                targets.push(target);
            }
            Err(why) => {
                let _ =
                    writeln!(stderr, "error: cannot write the {} report to `{shown}`: it {why}", output.format.name());
                return false;
            }
        }
    }
    let render = |format: Format| -> io::Result<Vec<u8>> {
        let mut rendered = Vec::new();
        render::renderer(format, quiet, args).render(report, &mut rendered)?;
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
    for ((output, bytes), target) in files.into_iter().zip(&targets) {
        if let Err(e) = write_atomically(target, &bytes) {
            let _ = writeln!(
                stderr,
                "error: cannot write the {} report to `{}`: {e}",
                output.format.name(),
                terminal(&output.path.to_string_lossy())
            );
            ok = false;
        }
    }
    ok
}

/// Whether two existing paths are one file (a hard link, or a link to it).
fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let (Ok(x), Ok(y)) = (fs::metadata(a), fs::metadata(b)) {
            return x.dev() == y.dev() && x.ino() == y.ino();
        }
    }
    matches!((fs::canonicalize(a), fs::canonicalize(b)), (Ok(x), Ok(y)) if x == y)
}

/// Writes `bytes` to `path` whole or not at all: to a new temporary file beside it (created
/// afresh, so never through a link that stands at its name), flushed to disk, then renamed over
/// `path` (which replaces a link standing there rather than writing through it). The temporary
/// file is removed when anything fails; those a killed run left behind are removed by the next
/// write of the same file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let name =
        path.file_name().ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path does not name a file"))?;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    remove_stale_temporaries(dir);
    let temp = dir.join(temporary_name(name, std::process::id()));
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

/// `.NAME.PID.tmp`: the temporary file of process `pid` writing `NAME`.
fn temporary_name(name: &OsStr, pid: u32) -> OsString {
    let mut temp = OsString::from(".");
    temp.push(name);
    temp.push(format!(".{pid}.tmp"));
    temp
}

/// Removes the temporary files in `dir` that no running process is writing: those of a process
/// that is gone (where `/proc` tells), else those untouched for an hour. Only regular files are
/// removed, never what a link points at. Each folder is looked at once per run, however many
/// files are written in it (a snapshot per claim file of a large folder).
fn remove_stale_temporaries(dir: &Path) {
    const STALE_AFTER: std::time::Duration = std::time::Duration::from_secs(3600);
    static CLEANED: std::sync::OnceLock<std::sync::Mutex<std::collections::HashSet<PathBuf>>> =
        std::sync::OnceLock::new();
    let first_time = CLEANED.get_or_init(Default::default).lock().map_or(true, |mut c| c.insert(dir.to_path_buf()));
    if !first_time {
        return;
    }
    let Ok(entries) = fs::read_dir(dir) else { return };
    let proc_known = Path::new("/proc/self").exists();
    for entry in entries.flatten().take(1_000_000) {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        // `.NAME.PID.tmp`
        let Some(pid) = file_name
            .strip_prefix('.')
            .and_then(|rest| rest.strip_suffix(".tmp"))
            .and_then(|rest| rest.rsplit_once('.'))
            .map(|(_, pid)| pid)
        else {
            continue;
        };
        let Ok(pid) = pid.parse::<u32>() else { continue };
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.file_type().is_file() || pid == std::process::id() {
            continue;
        }
        let stale = if proc_known {
            !Path::new("/proc").join(pid.to_string()).exists()
        } else {
            meta.modified().ok().and_then(|m| m.elapsed().ok()).is_some_and(|age| age > STALE_AFTER)
        };
        if stale {
            let _ = fs::remove_file(entry.path());
        }
    }
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
