export { decodeJobId, encodeJobId } from "./job-id.js";
export {
  BullmqJobs,
  type BullmqJobsConfig,
  BullmqJobsOptionsSchema,
  createBullmqJobs,
  type FailedJob,
} from "./jobs.js";
