//! Cheap checks before a workbook reaches the spreadsheet library, which sizes its tables by
//! what a file declares: a sheet whose cells reach the far corner (XFD1048576) or a shared-
//! string table that claims four billion entries makes it ask for hundreds of gigabytes. No
//! questionnaire export comes near these bounds; a file past them is refused with what it
//! declares. (The worker's memory limit stays the last line of defence.)

use std::io::Read;
use std::path::Path;

/// Cells a sheet may span (rows × columns): 100,000 answers × 200 columns is a large export.
const MAX_CELLS: u64 = 20_000_000;
/// Entries of the shared-string table.
const MAX_SHARED_STRINGS: u64 = 20_000_000;
/// What one part of the workbook may inflate to.
const MAX_PART_BYTES: u64 = 512 * 1024 * 1024;

/// What a workbook declares that no questionnaire has.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Declared {
    Cells { rows: u64, columns: u64 },
    SharedStrings(u64),
    LargePart { name: String, bytes: u64 },
}

/// Checks an .xlsx/.xlsm file; files that are not zip archives are left to the library.
pub fn check_workbook(path: &Path) -> Result<(), Declared> {
    let Ok(file) = std::fs::File::open(path) else {
        return Ok(());
    };
    let Ok(mut archive) = zip::ZipArchive::new(std::io::BufReader::new(file)) else {
        return Ok(());
    };
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index(index) else {
            continue;
        };
        let Some(name) = entry.name().ok().map(|name| name.to_ascii_lowercase()) else {
            continue;
        };
        if entry.size() > MAX_PART_BYTES {
            return Err(Declared::LargePart {
                name: crate::io::shortened(&name),
                bytes: entry.size(),
            });
        }
        let is_sheet = name.starts_with("xl/worksheets/") && name.ends_with(".xml");
        let is_strings = name.ends_with("sharedstrings.xml");
        if !is_sheet && !is_strings {
            continue;
        }
        // A part's declared size can lie: never read past the bound, whatever it says.
        let mut limited = entry.take(MAX_PART_BYTES + 1);
        let mut scanner = Scanner::default();
        let mut buffer = vec![0u8; 64 * 1024];
        let mut read_total = 0u64;
        while let Ok(read) = limited.read(&mut buffer)
            && read > 0
        {
            read_total += read as u64;
            scanner.feed(&buffer[..read]);
            if let Some(declared) = scanner.too_much(is_strings) {
                return Err(declared);
            }
        }
        if read_total > MAX_PART_BYTES {
            return Err(Declared::LargePart {
                name: crate::io::shortened(&name),
                bytes: read_total,
            });
        }
    }
    Ok(())
}

/// Finds cell references (`r="XFD1048576"`, `ref="A1:XFD1048576"`) and string counts
/// (`count="…"`, `uniqueCount="…"`) in a stream of XML, across buffer boundaries.
#[derive(Default)]
struct Scanner {
    /// The end of the previous buffer, in case an attribute straddles two reads.
    carry: Vec<u8>,
    rows: u64,
    columns: u64,
    strings: u64,
}

impl Scanner {
    fn feed(&mut self, bytes: &[u8]) {
        let mut text = std::mem::take(&mut self.carry);
        text.extend_from_slice(bytes);
        for (attribute, is_reference) in [
            (&b" r=\""[..], true),
            (&b" ref=\""[..], true),
            (&b"count=\""[..], false),
            (&b"uniqueCount=\""[..], false),
        ] {
            let mut at = 0;
            while let Some(found) = find(&text[at..], attribute) {
                let start = at + found + attribute.len();
                let Some(length) = text[start..].iter().position(|&byte| byte == b'"') else {
                    break;
                };
                let value = &text[start..start + length];
                if is_reference {
                    for reference in value.split(|&byte| byte == b':') {
                        if let Some((row, column)) = cell_position(reference) {
                            self.rows = self.rows.max(row);
                            self.columns = self.columns.max(column);
                        }
                    }
                } else if let Some(count) = std::str::from_utf8(value)
                    .ok()
                    .and_then(|value| value.parse::<u64>().ok())
                {
                    self.strings = self.strings.max(count);
                }
                at = start + length;
            }
        }
        let keep = text.len().min(64);
        self.carry = text[text.len() - keep..].to_vec();
    }

    fn too_much(&self, is_strings: bool) -> Option<Declared> {
        if is_strings && self.strings > MAX_SHARED_STRINGS {
            return Some(Declared::SharedStrings(self.strings));
        }
        if !is_strings && self.rows.saturating_mul(self.columns) > MAX_CELLS {
            return Some(Declared::Cells {
                rows: self.rows,
                columns: self.columns,
            });
        }
        None
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack
        .windows(needle.len())
        .position(|window| window == needle)
}

/// "XFD1048576" → (row 1048576, column 16384), both counted from 1; `$` marks are allowed.
fn cell_position(reference: &[u8]) -> Option<(u64, u64)> {
    let reference: Vec<u8> = reference.iter().copied().filter(|&b| b != b'$').collect();
    let letters = reference
        .iter()
        .take_while(|b| b.is_ascii_uppercase())
        .count();
    if letters == 0 || letters > 3 || letters == reference.len() {
        return None;
    }
    let column = reference[..letters].iter().fold(0u64, |column, &letter| {
        column * 26 + u64::from(letter - b'A' + 1)
    });
    let row = std::str::from_utf8(&reference[letters..])
        .ok()?
        .parse()
        .ok()?;
    Some((row, column))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_and_counts_are_found_across_reads() {
        let mut scanner = Scanner::default();
        scanner.feed(b"<dimension ref=\"A1:B3\"/><row><c r=\"XF");
        scanner.feed(b"D1048576\"><v>1</v></c>");
        assert_eq!((scanner.rows, scanner.columns), (1_048_576, 16_384));
        assert!(scanner.too_much(false).is_some());
        let mut strings = Scanner::default();
        strings.feed(b"<sst xmlns=\"x\" count=\"4294967295\" uniqueCount=\"4294967295\">");
        assert_eq!(
            strings.too_much(true),
            Some(Declared::SharedStrings(4_294_967_295))
        );
        assert_eq!(cell_position(b"$B$7"), Some((7, 2)));
        assert_eq!(cell_position(b"7"), None);
    }
}
