import http from "node:http";
import type { Duplex } from "node:stream";
import { ApiError, envelope } from "@/lib/http/errors";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

/** What node's parser refused, as the error the client gets. */
function asApiError(code: string | undefined): ApiError {
  switch (code) {
    case "HPE_HEADER_OVERFLOW":
      return new ApiError("HEADERS_TOO_LARGE", "Request headers are too large");
    case "HPE_INVALID_METHOD":
      return new ApiError("METHOD_NOT_ALLOWED", "This method is not allowed on this resource");
    case "ERR_HTTP_REQUEST_TIMEOUT":
      return new ApiError("REQUEST_TIMEOUT", "The request took too long to arrive");
    default:
      return new ApiError("BAD_REQUEST", "Malformed HTTP request");
  }
}

/** A whole HTTP response written straight to a socket, for requests node never turned into one. */
export function rawJsonResponse(socket: Duplex, error: ApiError, extraHeaders: Record<string, string> = {}): void {
  const body = JSON.stringify(envelope(error));
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "Content-Length": String(Buffer.byteLength(body)),
    "Content-Security-Policy": "default-src 'none'; frame-ancestors 'none'",
    ...SECURITY_HEADERS,
    ...extraHeaders,
    Connection: "close",
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("");
  socket.end(`HTTP/1.1 ${error.status} ${http.STATUS_CODES[error.status] ?? ""}\r\n${head}\r\n${body}`);
}

/**
 * Node's `clientError`: a request its parser refused (headers over the size limit, a malformed
 * line, a method HTTP does not know, a request too slow to arrive). Without a listener node
 * answers a bare status line; API clients get the error envelope instead, like every other error.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  const inProgress = (socket as Duplex & { _httpMessage?: http.ServerResponse })._httpMessage;
  if (err.code === "ECONNRESET" || !socket.writable || inProgress?.headersSent) {
    socket.destroy();
    return;
  }
  rawJsonResponse(socket, asApiError(err.code));
}
