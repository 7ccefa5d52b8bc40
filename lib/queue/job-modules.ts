// Every module that defines jobs, imported by each process that runs workers (the web server and
// `npm run worker`): a worker can only run the job types it has loaded. Add yours here.
import "./system-jobs";
import "@/lib/resumes";
import "@/lib/resumes/batch";
