//! What the window or the command line asks a worker process to do, and what it answers.
//!
//! The request goes to the worker's standard input as one JSON value. The answer comes on its
//! standard output as one line of JSON followed by the binary parts it names (a PDF, page
//! pictures), so that megabytes of bytes are not spelled out as JSON numbers.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::catalogue::Language;
use crate::io::questionnaire::Questionnaire;
use crate::model::{Plan, RuleBook};

/// One piece of untrusted work.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Job {
    /// Read one questionnaire export (CSV or workbook) and count its answers.
    ReadQuestionnaire { path: PathBuf, language: Language },
    /// Lay out the programme document of `plan` with the template it names.
    Typeset {
        plan: Box<Plan>,
        /// The rule book the plan's rules name, found by the parent (`None`: not found).
        book: Option<Box<RuleBook>>,
        plan_path: Option<PathBuf>,
        language: Language,
        output: DocumentOutput,
    },
}

/// What a layout job hands back.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum DocumentOutput {
    Pdf,
    /// Every page as a PNG picture at this many pixels per typographic point.
    PagePictures {
        pixels_per_point: f32,
    },
}

/// A page of the document as a picture, and its size in typographic points.
#[derive(Clone, Debug, PartialEq)]
pub struct PagePicture {
    pub width_points: f32,
    pub height_points: f32,
    pub png: Vec<u8>,
}

/// What a worker answers.
#[derive(Clone, Debug, PartialEq)]
pub enum Reply {
    Questionnaire(Questionnaire),
    Pdf {
        bytes: Vec<u8>,
        pages: usize,
    },
    PagePictures(Vec<PagePicture>),
    /// The work could not be done; the reason in the job's language.
    Refused(String),
}

/// The JSON line of a reply; `Blob` values are the lengths of the binary parts that follow.
#[derive(Serialize, Deserialize)]
enum ReplyHeader {
    Questionnaire(Questionnaire),
    Pdf { blob: u64, pages: usize },
    PagePictures(Vec<PictureHeader>),
    Refused(String),
}

#[derive(Serialize, Deserialize)]
struct PictureHeader {
    width_points: f32,
    height_points: f32,
    blob: u64,
}

impl Reply {
    /// The reply as the worker writes it.
    pub fn to_bytes(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut blobs: Vec<&[u8]> = Vec::new();
        let header = match self {
            Reply::Questionnaire(questionnaire) => {
                ReplyHeader::Questionnaire(questionnaire.clone())
            }
            Reply::Pdf { bytes, pages } => {
                blobs.push(bytes);
                ReplyHeader::Pdf {
                    blob: bytes.len() as u64,
                    pages: *pages,
                }
            }
            Reply::PagePictures(pictures) => ReplyHeader::PagePictures(
                pictures
                    .iter()
                    .map(|picture| {
                        blobs.push(&picture.png);
                        PictureHeader {
                            width_points: picture.width_points,
                            height_points: picture.height_points,
                            blob: picture.png.len() as u64,
                        }
                    })
                    .collect(),
            ),
            Reply::Refused(reason) => ReplyHeader::Refused(reason.clone()),
        };
        let mut bytes = serde_json::to_vec(&header)?;
        bytes.push(b'\n');
        for blob in blobs {
            bytes.extend_from_slice(blob);
        }
        Ok(bytes)
    }

    /// Reads what a worker wrote; `None` when it is not a whole reply.
    pub fn from_bytes(bytes: &[u8]) -> Option<Reply> {
        let line_end = bytes.iter().position(|&byte| byte == b'\n')?;
        let header: ReplyHeader = serde_json::from_slice(&bytes[..line_end]).ok()?;
        let mut rest = &bytes[line_end + 1..];
        let mut take = |length: u64| -> Option<Vec<u8>> {
            let length = usize::try_from(length).ok()?;
            if length > rest.len() {
                return None;
            }
            let (blob, after) = rest.split_at(length);
            rest = after;
            Some(blob.to_vec())
        };
        let reply = match header {
            ReplyHeader::Questionnaire(questionnaire) => Reply::Questionnaire(questionnaire),
            ReplyHeader::Pdf { blob, pages } => Reply::Pdf {
                bytes: take(blob)?,
                pages,
            },
            ReplyHeader::PagePictures(pictures) => Reply::PagePictures(
                pictures
                    .into_iter()
                    .map(|picture| {
                        Some(PagePicture {
                            width_points: picture.width_points,
                            height_points: picture.height_points,
                            png: take(picture.blob)?,
                        })
                    })
                    .collect::<Option<Vec<_>>>()?,
            ),
            ReplyHeader::Refused(reason) => Reply::Refused(reason),
        };
        rest.is_empty().then_some(reply)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reply_reads_back_as_written_and_a_cut_one_does_not() {
        let reply = Reply::PagePictures(vec![
            PagePicture {
                width_points: 595.0,
                height_points: 842.0,
                png: vec![1, 2, 3, b'\n', 5],
            },
            PagePicture {
                width_points: 842.0,
                height_points: 595.0,
                png: vec![9; 40],
            },
        ]);
        let bytes = reply.to_bytes().unwrap_or_default();
        assert_eq!(Reply::from_bytes(&bytes), Some(reply));
        assert_eq!(Reply::from_bytes(&bytes[..bytes.len() - 1]), None);
        assert_eq!(Reply::from_bytes(b""), None);
    }
}
