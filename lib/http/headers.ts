/** Set by our server from the socket (or a trusted proxy); route handlers read the client's address here. */
export const CLIENT_IP_HEADER = "x-offerpath-client-ip";
