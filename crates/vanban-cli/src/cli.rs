//! Command-line arguments, parsed by clap.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const EXIT_CODES: &str = "\
Mã thoát (exit codes):
  0  hợp lệ / thành công (valid, success; warnings allowed)
  1  dữ liệu đầu vào có lỗi (invalid input)
  2  sai cách dùng lệnh hoặc lỗi đọc/ghi tệp (usage or I/O error)";

/// vanban: văn bản của Đảng và Nhà nước từ dữ liệu YAML.
#[derive(Parser, Debug)]
#[command(name = "vanban", version, about, after_help = EXIT_CODES)]
pub struct Cli {
    /// Ngôn ngữ thông báo (language of messages): vi, en.
    #[arg(long, global = true, value_enum, default_value_t = LangArg::Vi)]
    pub lang: LangArg,

    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// Language of messages.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// Tiếng Việt.
    Vi,
    /// English.
    En,
}

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum MessageFormat {
    /// Snippets for people: file:line:col, the source line, a caret under the value.
    Human,
    /// One JSON object per diagnostic and line, for CI.
    Json,
}

/// The subcommands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Kiểm tra tệp chương trình (check program files and report every problem).
    #[command(
        after_help = "Ví dụ (example):\n  vanban check examples/son-tra-11-ctr-qu.yaml\n  vanban check --message-format json *.yaml\n\n"
            .to_string()
            + EXIT_CODES
    )]
    Check {
        /// Tệp YAML cần kiểm tra (YAML files to check).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Định dạng thông báo (output format of diagnostics).
        #[arg(long, value_enum, default_value_t = MessageFormat::Human)]
        message_format: MessageFormat,
    },
    /// Dựng văn bản Word/PDF (render documents).
    #[command(
        after_help = "Ví dụ (example):\n  vanban render examples/son-tra-11-ctr-qu.yaml -o out\n\n".to_string() + EXIT_CODES
    )]
    Render(RenderArgs),
    /// Dựng báo cáo tình hình thực hiện chương trình (render the report on a program's status).
    #[command(
        after_help = "Ví dụ (example):\n  vanban report examples/son-tra-11-ctr-qu.yaml examples/son-tra-11-ctr-qu.status.yaml -o out\n  vanban report chuong-trinh.yaml bao-cao-2024.yaml --previous bao-cao-2023.yaml -o out\n\n".to_string() + EXIT_CODES
    )]
    Report(ReportArgs),
    /// Mẫu câu chữ (the wording templates).
    #[command(subcommand)]
    Templates(TemplatesCommand),
    /// In mã tự hoàn thành lệnh cho shell (print shell completions).
    #[command(
        after_help = "Ví dụ (example):\n  vanban completions bash > ~/.local/share/bash-completion/completions/vanban\n  vanban completions zsh > ~/.zfunc/_vanban\n  vanban completions fish > ~/.config/fish/completions/vanban.fish"
    )]
    Completions {
        /// Shell: bash, zsh, fish, powershell, elvish.
        #[arg(value_enum, value_name = "SHELL")]
        shell: clap_complete::Shell,
    },
    /// Trang hướng dẫn man (the man page, roff).
    #[command(
        after_help = "Ví dụ (example):\n  vanban man | man -l -\n  vanban man -o /usr/local/share/man/man1"
    )]
    Man {
        /// Ghi vanban.1 và một trang cho mỗi lệnh con vào thư mục này, thay vì in
        /// trang chính ra màn hình (write vanban.1 and one page per subcommand here).
        #[arg(short, long, value_name = "DIR")]
        out: Option<PathBuf>,
    },
}

/// `vanban templates …`
#[derive(Subcommand, Debug)]
pub enum TemplatesCommand {
    /// Ghi các mẫu mặc định ra thư mục để sửa (write the default templates out for editing).
    #[command(
        after_help = "Ví dụ (example):\n  vanban templates export mau-van-ban\n  vanban render --templates mau-van-ban …"
    )]
    Export {
        /// Thư mục đích (target folder).
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Ghi đè tệp đã có (overwrite existing files).
        #[arg(long)]
        force: bool,
    },
}

/// Output formats.
#[derive(Clone, Copy, Debug, ValueEnum, PartialEq, Eq)]
pub enum FormatArg {
    /// Word (.docx).
    Docx,
    /// PDF.
    Pdf,
    /// Word and PDF.
    All,
}

/// Arguments of `vanban render`.
#[derive(clap::Args, Debug)]
pub struct RenderArgs {
    /// Tệp YAML (program files).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Where and how the documents are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Arguments of `vanban report`.
#[derive(clap::Args, Debug)]
pub struct ReportArgs {
    /// Tệp chương trình (the program file).
    #[arg(value_name = "PROGRAM")]
    pub program: PathBuf,
    /// Tệp tình hình thực hiện của kỳ báo cáo (the status file of the report).
    #[arg(value_name = "STATUS")]
    pub status: PathBuf,
    /// Tệp tình hình thực hiện của kỳ báo cáo trước, để so sánh (the previous report's status file).
    #[arg(long, value_name = "OLD_STATUS")]
    pub previous: Option<PathBuf>,
    /// Where and how the documents are written.
    #[command(flatten)]
    pub output: OutputArgs,
}

/// Options shared by the commands that write documents.
#[derive(clap::Args, Debug)]
pub struct OutputArgs {
    /// Định dạng (format).
    #[arg(long, value_enum, default_value_t = FormatArg::All)]
    pub format: FormatArg,
    /// Thư mục kết quả; "-" ghi văn bản ra stdout (output folder; "-" writes the
    /// document to stdout, with one --format and one input).
    #[arg(short, long, value_name = "DIR", default_value = ".")]
    pub out: PathBuf,
    /// Thư mục mẫu câu chữ thay thế (folder of template overrides).
    #[arg(long, value_name = "DIR")]
    pub templates: Option<PathBuf>,
    /// Hồ sơ thể thức điều chỉnh (adjusted format profile, YAML).
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Thư mục phông chữ cho PDF, ví dụ Times New Roman: times.ttf, timesbd.ttf,
    /// timesi.ttf, timesbi.ttf (fonts for the PDF instead of the bundled Liberation Serif).
    #[arg(long, value_name = "DIR")]
    pub font_dir: Option<PathBuf>,
}

impl OutputArgs {
    /// `-o -`: the document goes to stdout.
    pub fn to_stdout(&self) -> bool {
        self.out.as_os_str() == "-"
    }
}
