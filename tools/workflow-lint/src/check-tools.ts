/**
 * What a job runs must be on its runner, and what it downloads must be what was meant:
 *
 * - cosign: GitHub's runner images do not ship it, so a job that signs or verifies with it (the
 *   project's actions given a cosign key, promote verifying an attestation, a `cosign` command)
 *   installs it first, with sigstore/cosign-installer (pinned, as every action is);
 * - a binary or manifest fetched with curl or wget is checked against a pinned digest
 *   (`sha256sum --check`) before anything uses it, and a manifest is never applied straight from
 *   a URL: a moved tag, a compromised release or a hijacked host would otherwise run as ours.
 */
import type { Node } from 'yaml';
import { child, entries, text } from './yaml-tree.js';
import { stepLabel, type Context } from './context.js';
import { parseUse } from './references.js';
import { commandsOf, type Command } from './scripts.js';

const INSTALLER = 'sigstore/cosign-installer';

/** Inputs of the project's actions that make them run cosign. */
const COSIGN_INPUTS = ['cosign-key', 'cosign-public-key'];

const COSIGN_COMMAND = /(?:^|[\s;&|(!])(?:sudo\s+)?cosign\s+[a-z]/;
const PACKAGE_INSTALL =
  /\b(?:apt-get|apt|brew|dnf|yum|apk)\s+(?:-\S+\s+)*(?:install|add)\b.*\bcosign\b/;

/** Why a step needs cosign, or undefined. */
function cosignUse(step: Node): string | undefined {
  const use = parseUse(text(child(step, 'uses')) ?? '');
  if (use.kind === 'own-action') {
    const given = entries(child(step, 'with')).map(([k]) => k);
    const input = COSIGN_INPUTS.find((k) => given.includes(k));
    if (input) return `actions/${use.name} with ${input}`;
    const verify = text(child(child(step, 'with'), 'verify'));
    if (verify !== undefined && verify.trim() !== 'none') return `actions/${use.name} with verify`;
  }
  return undefined;
}

function installsCosign(step: Node, commands: Command[]): boolean {
  const use = parseUse(text(child(step, 'uses')) ?? '');
  if (use.kind === 'remote' && use.repository.toLowerCase() === INSTALLER) return true;
  return commands.some((cmd) => PACKAGE_INSTALL.test(cmd.text));
}

export function checkCosignInstalled(c: Context): void {
  for (const job of c.jobs) {
    let installed = false;
    job.steps.forEach((step, i) => {
      const run = child(step, 'run');
      const commands = run ? commandsOf(c, run) : [];
      if (installsCosign(step, commands)) {
        installed = true;
        return;
      }
      if (installed) return;
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      const missing = `which GitHub's runner images do not ship; install it in an earlier step of this job with ${INSTALLER} (pinned by commit)`;
      const why = cosignUse(step);
      if (why) {
        c.report(
          child(step, 'uses'),
          'cosign-missing',
          `${where}: ${why} calls cosign, ${missing}`,
        );
      }
      for (const cmd of commands.filter((x) => COSIGN_COMMAND.test(x.text))) {
        c.report(cmd.at, 'cosign-missing', `${where}: runs cosign, ${missing}`);
      }
    });
  }
}

/** `curl` writing a file (-o, -O, --output, --remote-name) or into a pipe that runs it. */
const CURL = /(?:^|[\s;&|(])curl\s/;
const CURL_TO_FILE =
  /\s(?:-[A-Za-z]*[oO](?=\s|$|[A-Za-z]*\s)|--output(?:=|\s)|--remote-name(?:-all)?\b|--output-dir\b)/;
/** A probe, not a download: the body is thrown away. */
const TO_NOWHERE = /\s(?:-[A-Za-z]*[oO]|--output|--output-document)(?:=|\s+)\/dev\/null\b/;
const WGET = /(?:^|[\s;&|(])wget\s/;
const WGET_TO_STDOUT = /\s(?:-[A-Za-z]*O\s*-|--output-document(?:=|\s+)-)(?:\s|$)/;
/** A fetched stream handed straight to something that runs or unpacks it. */
const PIPED_INTO =
  /\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:sh|bash|zsh|python3?|node|tar|install|kubectl|helm|gunzip|unzip|dpkg|apt-key|gpg)\b/;
const APPLY_URL =
  /\b(?:kubectl|oc)\s+(?:\S+\s+)*?(?:apply|create|replace)\s+(?:\S+\s+)*?(?:-f|--filename)(?:=|\s+)['"]?https?:\/\//;
const CHECK =
  /\b(?:sha256sum|sha512sum|sha384sum)\s+(?:\S+\s+)*?(?:-c|--check)\b|\bshasum\s+(?:\S+\s+)*?(?:-c|--check)\b|\bcosign\s+verify-blob\b|\bgpg\s+(?:\S+\s+)*?--verify\b|\bslsa-verifier\b/;

function download(cmd: string): 'file' | 'pipe' | 'apply' | undefined {
  if (APPLY_URL.test(cmd)) return 'apply';
  const curl = CURL.test(cmd);
  const wget = WGET.test(cmd);
  if (!curl && !wget) return undefined;
  if (PIPED_INTO.test(cmd)) return 'pipe';
  if (TO_NOWHERE.test(cmd)) return undefined;
  if (curl && CURL_TO_FILE.test(cmd)) return 'file';
  if (wget && !WGET_TO_STDOUT.test(cmd)) return 'file';
  return undefined;
}

export function checkDownloads(c: Context): void {
  for (const job of c.jobs) {
    // A check may follow in a later step of the same job, before anything else uses the file.
    const commands = job.steps.flatMap((step, i) => {
      const run = child(step, 'run');
      return run ? commandsOf(c, run).map((cmd) => ({ cmd, step, i })) : [];
    });
    commands.forEach(({ cmd, step, i }, n) => {
      const kind = download(cmd.text);
      if (!kind) return;
      const where = `job ${job.id}, ${stepLabel(step, i)}`;
      if (kind === 'apply') {
        c.report(
          cmd.at,
          'unchecked-download',
          `${where}: applies a manifest straight from a URL, with nothing checking what arrived; download the release asset, check it against a pinned SHA-256 (sha256sum --check), then apply the file`,
        );
      } else if (kind === 'pipe') {
        c.report(
          cmd.at,
          'unchecked-download',
          `${where}: pipes a download into a program, with nothing checking what arrived; download to a file, check it against a pinned SHA-256 (sha256sum --check), then use it`,
        );
      } else if (!commands.slice(n + 1).some(({ cmd: later }) => CHECK.test(later.text))) {
        c.report(
          cmd.at,
          'unchecked-download',
          `${where}: downloads a file that nothing checks; pin its SHA-256 and run sha256sum --check on it before it is used`,
        );
      }
    });
  }
}
