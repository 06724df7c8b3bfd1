// One mistake of each kind the checker claims to catch, planted into a copy of a real workflow:
// the checker must name it, at the line where it was planted. (That the unplanted workflows give
// no finding at all is repository.test.ts's.)
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkWorkflow,
  formatFinding,
  loadProject,
  type FindingKind,
  type Project,
} from '../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const read = (file: string): string =>
  readFileSync(join(ROOT, '.github', 'workflows', file), 'utf8');

interface Plant {
  name: string;
  file: string;
  /** Replaced, first occurrence only; it must be there. */
  from: string;
  to: string;
  kind: FindingKind;
  message: string;
  /** The text on the line the finding must name (default: the first line of `to`). */
  at?: string;
}

const PLANTS: Plant[] = [
  {
    name: 'a third-party action by tag',
    file: 'build-images.yml',
    from: 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    to: 'actions/checkout@v4',
    kind: 'unpinned',
    message: 'actions/checkout@v4 is not pinned to a full commit SHA',
  },
  {
    name: 'a pinned action without its version',
    file: 'e2e-kind.yml',
    from: 'docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435 # v3.11.1',
    to: 'docker/setup-buildx-action@e468171a9de216ec08956ac3ada2f0791b6bd435',
    kind: 'unpinned',
    message: 'names no version',
  },
  {
    name: 'the project’s own action by branch',
    file: 'build-images.yml',
    from: 'uses: $/actions/matrix',
    to: 'uses: pgforge/pgforge/actions/matrix@main',
    kind: 'unpinned',
    message: 'must name a release tag',
  },
  {
    name: 'a job without permissions in a workflow without them',
    file: 'e2e-kind.yml',
    from: 'permissions:\n  contents: read\n',
    to: '',
    kind: 'permissions',
    message: 'job kind has no permissions',
    at: '  kind:',
  },
  {
    name: 'an input inside run:',
    file: 'build-images.yml',
    from: 'if [ -z "$REGISTRY" ] && [ ! -f "$CONFIG" ]; then',
    to: 'if [ -z "${{ inputs.registry }}" ] && [ ! -f "$CONFIG" ]; then',
    kind: 'injection',
    message: 'puts inputs into the script',
  },
  {
    name: 'the workflow ref inside run:',
    file: 'build-images.yml',
    from: 'path="${WORKFLOW_REF%%@*}"',
    to: 'path="${{ job.workflow_ref }}"',
    kind: 'injection',
    message: 'puts a ref name (git allows shell metacharacters in one)',
  },
  {
    name: 'event data inside run:',
    file: 'e2e-kind.yml',
    from: '          "$bin/kind" version\n',
    to: '          echo "${{ github.event.pull_request.title }}"\n          "$bin/kind" version\n',
    kind: 'injection',
    message: 'puts event data (github.event)',
  },
  {
    name: 'the head branch inside run:',
    file: 'e2e-kind.yml',
    from: '          "$bin/kind" version\n',
    to: '          echo "${{ github.head_ref }}"\n          "$bin/kind" version\n',
    kind: 'injection',
    message: 'the head branch name',
  },
  {
    name: 'a matrix value inside run:',
    file: 'extension-images.yml',
    from: '          "$bin/kind" version\n',
    to: '          "$bin/kind" version # ${{ matrix.distribution }}\n',
    kind: 'injection',
    message: 'puts matrix values',
  },
  {
    name: 'a step output inside run:',
    file: 'build-images.yml',
    from: '<<<"$TARGETS")',
    to: "<<<'${{ steps.matrix.outputs.targets }}')",
    kind: 'injection',
    message: 'puts step outputs',
  },
  {
    name: 'a job output inside run:',
    file: 'extension-images.yml',
    from: 'printf \'%s\\n\' "$IMAGES" >"$out/images.json"',
    to: "printf '%s\\n' '${{ needs.extension.outputs.images }}' >\"$out/images.json\"",
    kind: 'injection',
    message: 'puts job outputs',
  },
  {
    name: 'a checkout that keeps its token',
    file: 'ci.yml',
    from: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n        with:\n          persist-credentials: false\n',
    to: 'uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n',
    kind: 'credentials',
    message: 'set persist-credentials: false',
  },
  {
    name: 'secrets: inherit',
    file: 'ci.yml',
    from: 'secrets:\n      registry-password: ${{ secrets.GITHUB_TOKEN }}',
    to: 'secrets: inherit',
    kind: 'secrets-inherit',
    message: 'secrets: inherit hands every secret',
  },
  {
    name: 'a caller-relative own action in a reusable workflow',
    file: 'build-images.yml',
    from: 'uses: $/actions/sbom',
    to: 'uses: ./actions/sbom',
    kind: 'caller-relative',
    message: "resolves against the caller's checkout",
  },
  {
    name: 'an own action that does not exist',
    file: 'extension-images.yml',
    from: 'uses: $/actions/promote',
    to: 'uses: $/actions/promotion',
    kind: 'unknown-reference',
    message: 'there is no action actions/promotion',
  },
  {
    name: 'a local reusable workflow that does not exist',
    file: 'ci.yml',
    from: 'uses: ./.github/workflows/build-images.yml',
    to: 'uses: ./.github/workflows/build-image.yml',
    kind: 'unknown-reference',
    message: '.github/workflows/build-image.yml does not exist',
  },
  {
    name: 'a misspelt job output',
    file: 'build-images.yml',
    from: 'subjects: ${{ needs.merge.outputs.images }}',
    to: 'subjects: ${{ needs.merge.outputs.imags }}',
    kind: 'needs-output',
    message: 'reads needs.merge.outputs.imags, but job merge declares images',
  },
  {
    name: 'a job output of a job not in needs',
    file: 'build-images.yml',
    from: 'needs: [matrix, promote, repair]',
    to: 'needs: [promote, repair]',
    kind: 'needs-output',
    message: "reads needs.matrix, but matrix is not in the job's needs (promote, repair)",
    at: 'repository: ${{ needs.matrix.outputs.repository }}',
  },
  {
    name: 'a misspelt output of an own action',
    file: 'build-images.yml',
    from: 'path: ${{ steps.build.outputs.digests-dir }}',
    to: 'path: ${{ steps.build.outputs.digest-dir }}',
    kind: 'step-output',
    message:
      'reads steps.build.outputs.digest-dir, but $/actions/build declares images, failed, sbom-dir, digests-dir',
  },
  {
    name: 'an output of a step that is not there',
    file: 'build-images.yml',
    from: 'path: ${{ steps.catalog.outputs.directory }}',
    to: 'path: ${{ steps.catalogs.outputs.directory }}',
    kind: 'step-output',
    message: 'has no step with id catalogs',
  },
  {
    name: 'an output of a step that has not run yet',
    file: 'build-images.yml',
    from: 'CONFIG: ${{ inputs.config }}',
    to: 'CONFIG: ${{ steps.matrix.outputs.count }}',
    kind: 'step-output',
    message: 'before step matrix has run',
  },
  {
    name: 'a with: key an own action does not declare',
    file: 'build-images.yml',
    from: 'attach: true',
    to: 'attached: true',
    kind: 'input',
    message: 'actions/sbom has no input "attached"',
  },
  {
    name: 'a required input of an own action left out',
    file: 'extension-images.yml',
    from: '          subjects: ${{ needs.extension.outputs.images }}\n',
    to: '',
    kind: 'input',
    message: 'actions/attest requires the input "subjects"',
    at: 'uses: $/actions/attest',
  },
  {
    name: 'a with: key a reusable workflow does not declare',
    file: 'ci.yml',
    from: 'kind: false',
    to: 'kinds: false',
    kind: 'input',
    message: '.github/workflows/build-images.yml has no input "kinds"',
  },
  {
    name: 'a required input of a reusable workflow left out',
    file: 'ci.yml',
    from: 'uses: ./.github/workflows/build-images.yml',
    to: 'uses: ./.github/workflows/extension-images.yml',
    kind: 'input',
    message: '.github/workflows/extension-images.yml requires the input "name"',
  },
  {
    name: 'a secret a reusable workflow does not declare',
    file: 'ci.yml',
    from: 'registry-password: ${{ secrets.GITHUB_TOKEN }}',
    to: 'registry-passwd: ${{ secrets.GITHUB_TOKEN }}',
    kind: 'secret',
    message: 'has no secret "registry-passwd"',
  },
  {
    name: 'an input a reusable workflow reads but does not declare',
    file: 'build-images.yml',
    from: 'registry: ${{ inputs.registry-host }}',
    to: 'registry: ${{ inputs.registry-hots }}',
    kind: 'undeclared',
    message: 'reads inputs.registry-hots, which the workflow does not declare',
  },
  {
    name: 'a secret a reusable workflow reads but does not declare',
    file: 'build-images.yml',
    from: 'cosign-password: ${{ secrets.cosign-password }}',
    to: 'cosign-password: ${{ secrets.cosign-passwd }}',
    kind: 'undeclared',
    message: 'reads secrets.cosign-passwd, which on.workflow_call.secrets does not declare',
  },
  {
    name: 'a reusable workflow’s output of an output no job declares',
    file: 'build-images.yml',
    from: 'value: ${{ jobs.merge.outputs.images }}',
    to: 'value: ${{ jobs.merge.outputs.image }}',
    kind: 'job-output',
    message: 'reads jobs.merge.outputs.image, but job merge declares images',
  },
  {
    name: 'the run’s token sent to whatever registry-host is',
    file: 'build-images.yml',
    from: "password: ${{ secrets.registry-password || (inputs.registry-host == 'ghcr.io' && github.token) || '' }}",
    to: 'password: ${{ secrets.registry-password || github.token }}',
    kind: 'token-host',
    message: 'sends github.token to ${{ inputs.registry-host }}, which need not be ghcr.io',
  },
  {
    name: 'the run’s token sent to a registry written out',
    file: 'extension-images.yml',
    from: 'registry: ${{ inputs.registry-host }}',
    to: 'registry: quay.io',
    kind: 'token-host',
    message: 'sends github.token to quay.io',
    at: "password: ${{ secrets.registry-password || (inputs.registry-host == 'ghcr.io' && github.token) || '' }}",
  },
  {
    name: 'the run’s token given to a reusable workflow for another registry',
    file: 'ci.yml',
    from: '      kind: false\n',
    to: '      kind: false\n      registry-host: registry.example.com\n',
    kind: 'token-host',
    message: 'sends github.token to registry.example.com',
    at: 'registry-password: ${{ secrets.GITHUB_TOKEN }}',
  },
  {
    name: 'an action given a cosign key in a job without cosign',
    file: 'build-images.yml',
    from: '      - uses: sigstore/cosign-installer@6f9f17788090df1f26f669e9d70d6ae9567deba6 # v4.1.2\n        with:\n          cosign-release: v2.6.1\n',
    to: '',
    kind: 'cosign-missing',
    message:
      "actions/attest with cosign-key calls cosign, which GitHub's runner images do not ship",
    at: 'uses: $/actions/attest',
  },
  {
    name: 'promote verifying in a job without cosign',
    file: 'extension-images.yml',
    from: "      - uses: sigstore/cosign-installer@6f9f17788090df1f26f669e9d70d6ae9567deba6 # v4.1.2\n        with:\n          cosign-release: v2.6.1\n\n      # Every image's provenance",
    to: "      # Every image's provenance",
    kind: 'cosign-missing',
    message: 'actions/promote with cosign-public-key calls cosign',
    at: 'uses: $/actions/promote',
  },
  {
    name: 'the repair job deriving the public key without cosign',
    file: 'build-images.yml',
    from: '      - uses: sigstore/cosign-installer@6f9f17788090df1f26f669e9d70d6ae9567deba6 # v4.1.2\n        with:\n          cosign-release: v2.6.1\n\n      # Who must',
    to: '      # Who must',
    kind: 'cosign-missing',
    message: 'job repair, step 2 (id verify): runs cosign',
    at: 'cosign public-key --key env://COSIGN_PRIVATE_KEY',
  },
  {
    name: "a misspelt output of the matrix's repairs",
    file: 'build-images.yml',
    from: 'repairs: ${{ needs.matrix.outputs.repairs }}',
    to: 'repairs: ${{ needs.matrix.outputs.repair }}',
    kind: 'needs-output',
    message: 'reads needs.matrix.outputs.repair, but job matrix declares',
  },
  {
    name: 'a cosign command in a job without cosign',
    file: 'e2e-kind.yml',
    from: '          "$bin/kind" version\n',
    to: '          "$bin/kind" version\n          cosign verify-blob --key cosign.pub --bundle kind.bundle "$bin/kind"\n',
    kind: 'cosign-missing',
    message: "runs cosign, which GitHub's runner images do not ship",
    at: 'cosign verify-blob',
  },
  {
    name: 'a download nothing checks',
    file: 'e2e-kind.yml',
    from: '          echo "${KIND_SHA256}  $bin/kind" | sha256sum --check --strict\n',
    to: '',
    kind: 'unchecked-download',
    message: 'downloads a file that nothing checks',
    at: 'curl --fail',
  },
  {
    name: 'a download piped into a shell',
    file: 'extension-images.yml',
    from: '          mkdir -p "$bin"\n',
    to: '          curl -fsSL https://example.com/install.sh | sudo bash\n          mkdir -p "$bin"\n',
    kind: 'unchecked-download',
    message: 'pipes a download into a program',
  },
  {
    name: 'a manifest applied from a URL',
    file: 'build-images.yml',
    from: '          kubectl version --client\n',
    to: '          kubectl version --client\n          kubectl apply --server-side -f https://github.com/cloudnative-pg/cloudnative-pg/releases/download/v1.29.1/cnpg-1.29.1.yaml\n',
    kind: 'unchecked-download',
    message: 'applies a manifest straight from a URL',
    at: 'kubectl apply',
  },
  {
    name: 'an artifact uploaded under a fixed name by a reusable workflow',
    file: 'build-images.yml',
    from: 'name: ${{ inputs.artifact-prefix }}attestations\n          path: ${{ runner.temp }}/attestations\n          if-no-files-found',
    to: 'name: attestations\n          path: ${{ runner.temp }}/attestations\n          if-no-files-found',
    kind: 'artifact-name',
    message: 'the artifact name "attestations" is not derived from inputs.artifact-prefix',
  },
  {
    name: 'artifacts downloaded by a pattern another call matches',
    file: 'extension-images.yml',
    from: 'pattern: ${{ inputs.artifact-prefix }}${{ inputs.name }}-smoke-*',
    to: 'pattern: smoke-*',
    kind: 'artifact-name',
    message: 'the artifact pattern "smoke-*" is not derived from inputs.artifact-prefix',
  },
  {
    name: 'a pull request’s job that asks for packages: write',
    file: 'build-images-pull-request.yml',
    from: '    permissions:\n      contents: read\n      packages: read\n    outputs:',
    to: '    permissions:\n      contents: read\n      packages: write\n    outputs:',
    kind: 'pull-request-write',
    message: "job matrix asks for packages: write, in a pull request's workflow",
    at: '      packages: write',
  },
  {
    name: 'a pull request’s job that asks for id-token: write',
    file: 'extension-images-pull-request.yml',
    from: '      packages: read\n    strategy:',
    to: '      packages: read\n      id-token: write\n    strategy:',
    kind: 'pull-request-write',
    message: "job extension asks for id-token: write, in a pull request's workflow",
    at: '      id-token: write',
  },
  {
    name: 'a pull request’s workflow that grants write-all',
    file: 'build-images-pull-request.yml',
    from: 'permissions: {}\n\n# A newer commit',
    to: 'permissions: write-all\n\n# A newer commit',
    kind: 'pull-request-write',
    message: "the workflow grants write-all, in a pull request's workflow",
  },
  {
    name: 'a pull request’s workflow that attests',
    file: 'build-images-pull-request.yml',
    from: 'uses: $/actions/sbom',
    to: 'uses: $/actions/attest',
    kind: 'pull-request-write',
    message: 'actions/attest signs attestations',
  },
  {
    name: 'a pull request’s matrix that builds into the release’s registry',
    file: 'build-images-pull-request.yml',
    from: 'testing-registry: ${{ env.TESTING_REGISTRY }}',
    to: 'testing-registry: ghcr.io/acme/pull-requests',
    kind: 'pull-request-write',
    message:
      'testing-registry is "ghcr.io/acme/pull-requests"; the matrix names where the builds go',
  },
  {
    name: 'a pull request’s extension pushed to the release’s registry',
    file: 'extension-images-pull-request.yml',
    from: 'image: ${{ env.TESTING_REGISTRY }}/${{ inputs.name }}',
    to: 'image: ghcr.io/${{ github.repository_owner }}/${{ inputs.name }}',
    kind: 'pull-request-write',
    message: 'pushed images go to <image>-testing',
  },
  {
    name: 'a caller that grants a pull request’s workflow packages: write',
    file: 'ci.yml',
    from: '      contents: read\n      packages: read\n    uses: ./.github/workflows/build-images-pull-request.yml',
    to: '      contents: read\n      packages: write\n    uses: ./.github/workflows/build-images-pull-request.yml',
    kind: 'pull-request-write',
    message:
      'job e2e-pull-request grants packages: write to .github/workflows/build-images-pull-request.yml, which writes nothing',
    at: '      packages: write\n    uses: ./.github/workflows/build-images-pull-request.yml',
  },
];

let project: Project;
beforeAll(async () => {
  project = await loadProject(ROOT);
});

describe('a planted mistake', () => {
  it('covers every kind of finding but a YAML syntax error', () => {
    const kinds = new Set(PLANTS.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(
      [
        'caller-relative',
        'credentials',
        'injection',
        'input',
        'job-output',
        'needs-output',
        'permissions',
        'secret',
        'secrets-inherit',
        'step-output',
        'undeclared',
        'unknown-reference',
        'unpinned',
        'token-host',
        'cosign-missing',
        'unchecked-download',
        'artifact-name',
        'pull-request-write',
      ].sort(),
    );
  });

  it.each(PLANTS.map((p) => [p.name, p] as const))(
    '%s is found where it was planted',
    (_, plant) => {
      const original = read(plant.file);
      expect(original, `${plant.file} no longer holds the text to replace`).toContain(plant.from);
      const planted = original.replace(plant.from, plant.to);
      const findings = checkWorkflow(`.github/workflows/${plant.file}`, planted, project);
      const at = plant.at ?? plant.to.split('\n').find((l) => l.trim() !== '') ?? '';
      const line = planted.slice(0, planted.indexOf(at)).split('\n').length;
      expect(findings.map(formatFinding)).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^\\.github/workflows/${plant.file.replace('.', '\\.')}:${line}:\\d+: \\[${plant.kind}\\] .*${escape(plant.message)}`,
          ),
        ),
      );
    },
  );

  it('that is not YAML is a syntax finding, not an exception', () => {
    const [finding] = checkWorkflow('w.yml', 'jobs: [unclosed\n', project);
    expect(finding?.kind).toBe('syntax');
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
