export {
  getOwnCompany,
  updateOwnCompany,
  listCompanies,
  type CompanyWithEmail,
  type CompanyProfilePatch,
  type DirectoryCompany,
} from "./companies";
