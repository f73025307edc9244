// Types for the Frictionless reference library (`datapackage`, a devDependency that ships
// none): only what tests/datapackage.test.ts uses.
declare module "datapackage" {
  export interface Resource {
    name: string;
    read(options?: {cast?: boolean; keyed?: boolean}): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string, options?: {basePath?: string; strict?: boolean}): Promise<Package>;
    valid: boolean;
    errors: {message: string}[];
    resources: Resource[];
  }
}
