//! A minimal AWS Lambda custom runtime using only the standard library.
//!
//! Lambda starts `/opt/bootstrap` (or `/var/task/bootstrap`) with `AWS_LAMBDA_RUNTIME_API=host:port`. The
//! runtime then loops: fetch the next event, run the handler, post the response (or an error).
//! See https://docs.aws.amazon.com/lambda/latest/dg/runtimes-api.html

use std::env;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;

const API_VERSION: &str = "2018-06-01";

struct Response {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Response {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }
}

/// One HTTP/1.1 request on its own connection (`Connection: close`), so the response ends with the stream.
fn request(api: &str, method: &str, path: &str, content_type: &str, body: &[u8]) -> io::Result<Response> {
    let mut stream = TcpStream::connect(api)?;
    let head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {api}\r\nUser-Agent: layer-action-rust-example\r\n\
         Content-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()?;

    let mut reader = BufReader::new(stream);
    let mut status_line = String::new();
    reader.read_line(&mut status_line)?;
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, format!("bad status line: {status_line:?}")))?;

    let mut headers = Vec::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 {
            break;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_string(), value.trim().to_string()));
        }
    }

    let mut response = Response { status, headers, body: Vec::new() };
    let chunked = response.header("Transfer-Encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked"));
    match response.header("Content-Length").and_then(|v| v.parse::<usize>().ok()) {
        Some(length) if !chunked => {
            response.body.resize(length, 0);
            reader.read_exact(&mut response.body)?;
        }
        _ if chunked => response.body = read_chunked(&mut reader)?,
        _ => {
            reader.read_to_end(&mut response.body)?;
        }
    }
    Ok(response)
}

fn read_chunked(reader: &mut impl BufRead) -> io::Result<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let mut size_line = String::new();
        reader.read_line(&mut size_line)?;
        let size_text = size_line.trim().split(';').next().unwrap_or("");
        let size = usize::from_str_radix(size_text, 16)
            .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "bad chunk size"))?;
        if size == 0 {
            return Ok(body);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..])?;
        let mut crlf = [0u8; 2];
        reader.read_exact(&mut crlf)?;
    }
}

fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The function's logic: answers with what it received. A real function would parse the event.
fn handle(request_id: &str, event: &[u8]) -> Result<String, String> {
    let event = std::str::from_utf8(event).map_err(|e| format!("event is not UTF-8: {e}"))?;
    Ok(format!(
        "{{\"message\":\"hello from a Rust custom runtime\",\"requestId\":{},\"eventBytes\":{}}}",
        json_string(request_id),
        event.len()
    ))
}

fn error_body(kind: &str, message: &str) -> String {
    format!("{{\"errorType\":{},\"errorMessage\":{}}}", json_string(kind), json_string(message))
}

fn run(api: &str) -> io::Result<()> {
    loop {
        let next = request(api, "GET", &format!("/{API_VERSION}/runtime/invocation/next"), "text/plain", b"")?;
        if next.status != 200 {
            return Err(io::Error::other(format!("invocation/next answered {}", next.status)));
        }
        let request_id = next
            .header("Lambda-Runtime-Aws-Request-Id")
            .ok_or_else(|| io::Error::other("invocation/next answered without Lambda-Runtime-Aws-Request-Id"))?
            .to_string();

        let (path, body) = match handle(&request_id, &next.body) {
            Ok(body) => (format!("/{API_VERSION}/runtime/invocation/{request_id}/response"), body),
            Err(message) => {
                eprintln!("invocation {request_id} failed: {message}");
                let body = error_body("HandlerError", &message);
                (format!("/{API_VERSION}/runtime/invocation/{request_id}/error"), body)
            }
        };
        let posted = request(api, "POST", &path, "application/json", body.as_bytes())?;
        if posted.status != 202 {
            eprintln!("{path} answered {}: {}", posted.status, String::from_utf8_lossy(&posted.body));
        }
    }
}

fn main() {
    let api = match env::var("AWS_LAMBDA_RUNTIME_API") {
        Ok(api) => api,
        Err(_) => {
            eprintln!("AWS_LAMBDA_RUNTIME_API is not set: this program is a Lambda custom runtime (bootstrap)");
            std::process::exit(2);
        }
    };
    if let Err(err) = run(&api) {
        let body = error_body("Runtime.Error", &err.to_string());
        let path = format!("/{API_VERSION}/runtime/init/error");
        let _ = request(&api, "POST", &path, "application/json", body.as_bytes());
        eprintln!("runtime error: {err}");
        std::process::exit(1);
    }
}
