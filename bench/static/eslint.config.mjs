// ESLint flat config for bench/static/run.sh: four cheap core rules that oxlint
// also has, so both linters do the same work (parse + scope analysis + a few
// visitors). TypeScript files go through @typescript-eslint/parser without
// type information (no parserOptions.project), as oxlint and v8lint see them.
import tsParser from "@typescript-eslint/parser";

const rules = {
  "no-unused-vars": "warn",
  "no-debugger": "warn",
  "no-dupe-keys": "warn",
  "no-unreachable": "warn",
};

export default [
  { files: ["**/*.js", "**/*.mjs", "**/*.cjs"], rules },
  { files: ["**/*.ts"], languageOptions: { parser: tsParser }, rules },
];
