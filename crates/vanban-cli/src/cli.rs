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

    /// Chỉ in lỗi (print errors only).
    #[arg(short, long, global = true, conflicts_with = "verbose")]
    pub quiet: bool,

    /// In thêm chi tiết: văn bản không đổi, thời gian (more detail).
    #[arg(short, long, global = true)]
    pub verbose: bool,

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
    /// Kiểm tra tệp chương trình, hồ sơ thể thức hoặc cả dự án (check program files, a format
    /// profile or a project).
    #[command(
        after_help = "Ví dụ (example):\n  vanban check examples/son-tra-11-ctr-qu.yaml\n  vanban check --message-format json *.yaml\n  vanban check du-an        # vanban.yaml, mọi chương trình, tệp tình hình và hồ sơ thể thức của dự án\n  vanban check --profile the-thuc.yaml\n  vanban check --profile the-thuc.yaml chuong-trinh.yaml\n\n"
            .to_string()
            + EXIT_CODES
    )]
    Check {
        /// Tệp chương trình cần kiểm tra, hoặc thư mục dự án / vanban.yaml để kiểm tra
        /// mọi tệp của dự án (program files, or a project folder or vanban.yaml).
        #[arg(required_unless_present = "profile", value_name = "FILE")]
        files: Vec<PathBuf>,
        /// Hồ sơ thể thức cần kiểm tra, một mình hoặc cùng các tệp chương trình (a format
        /// profile to check, alone or with the program files).
        #[arg(long, value_name = "FILE")]
        profile: Option<PathBuf>,
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
    /// Dựng mọi văn bản của một dự án theo vanban.yaml (build a project).
    #[command(
        after_help = "Ví dụ (example):\n  vanban init du-an && vanban build du-an\n  vanban build            # dự án trong thư mục hiện tại\n  vanban build du-an -j 1 --force\n\n".to_string()
            + EXIT_CODES
    )]
    Build(BuildArgs),
    /// Tạo dự án mẫu sẵn sàng để dựng (create a ready project).
    #[command(
        after_help = "Ví dụ (example):\n  vanban init du-an\n  vanban build du-an\n\n".to_string() + EXIT_CODES
    )]
    Init {
        /// Thư mục dự án, tạo nếu chưa có (the project folder).
        #[arg(value_name = "DIR", default_value = ".")]
        dir: PathBuf,
        /// Ghi đè tệp đã có (overwrite existing files).
        #[arg(long)]
        force: bool,
    },
    /// Mẫu câu chữ (the wording templates).
    #[command(
        subcommand,
        after_help = "Ví dụ (example):\n  vanban templates export mau-van-ban\n  vanban render chuong-trinh.yaml --templates mau-van-ban -o ket-qua"
    )]
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
    /// Lược đồ JSON Schema của các tệp đầu vào, để trình soạn thảo gợi ý và kiểm tra khi gõ
    /// (JSON Schemas of the input files, for editors).
    #[command(
        after_help = "Ví dụ (example):\n  vanban schema program > program.schema.json\n  vanban schema -o schemas\n\n".to_string()
            + EXIT_CODES
    )]
    Schema {
        /// Lược đồ cần in (the schema to print): program, status, project, profile.
        #[arg(value_enum, value_name = "KIND")]
        kind: Option<crate::schema_cmd::SchemaKind>,
        /// Ghi vào thư mục này thay vì in ra màn hình: cả bốn tệp *.schema.json, hoặc chỉ
        /// tệp của KIND (write into this folder: all four schemas, or only KIND's).
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

/// Arguments of `vanban build`.
#[derive(clap::Args, Debug)]
pub struct BuildArgs {
    /// Thư mục dự án, có tệp vanban.yaml; hoặc chính tệp đó (the project
    /// folder holding vanban.yaml, or that file).
    #[arg(value_name = "DIR", default_value = ".")]
    pub dir: PathBuf,
    /// Số văn bản dựng song song; mặc định bằng số lõi CPU (parallel jobs;
    /// default: the number of cores).
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Dựng lại mọi văn bản, kể cả văn bản không đổi (rebuild everything).
    #[arg(long)]
    pub force: bool,
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
    /// Hồ sơ thể thức điều chỉnh, áp lên hồ sơ gốc theo thể thức của từng văn bản
    /// (adjustments over each document's base profile, YAML).
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
