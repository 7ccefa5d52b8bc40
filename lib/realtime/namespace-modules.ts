// Every module that defines a Socket.IO namespace (`defineNamespace`), loaded by the server when it
// attaches Socket.IO: a namespace the server has not loaded does not exist. Add yours here.
import "./system";
import "@/lib/resumes/batch";
import "@/lib/interviews";
