export const id = 217;
export const ids = [217];
export const modules = {

/***/ 217:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  EXIT: () => (/* binding */ EXIT),
  UsageError: () => (/* binding */ UsageError),
  didYouMean: () => (/* binding */ didYouMean),
  forTerminal: () => (/* binding */ forTerminal),
  inputFlags: () => (/* binding */ inputFlags),
  main: () => (/* binding */ main),
  parseArgs: () => (/* binding */ parseArgs),
  usage: () => (/* binding */ usage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/action.ts + 84 modules
var action = __webpack_require__(2989);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/inputs.ts
var inputs = __webpack_require__(8422);
// EXTERNAL MODULE: ./src/core/format.ts
var format = __webpack_require__(6228);
// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
;// CONCATENATED MODULE: ./src/report/text.ts


/** The report for a terminal: plain text, sizes in human units, aligned columns, the package diff. */
function renderText(report, options = {}) {
    const maxPackages = options.maxPackages ?? 10;
    const { layer } = report;
    const sections = [(0,markdown/* headline */.Pl)(report)];
    const facts = [
        ['Layer', `${layer.name} (${layer.runtime}, ${layer.architectures.join(', ')})`],
        ['Mode', layer.mode],
        ['Plan', `${layer.plan}${layer.cacheHit ? ' (zip from cache)' : ''}`],
    ];
    if (layer.version !== undefined)
        facts.push(['Version', `v${layer.version}${layer.arn ? `  ${layer.arn}` : ''}`]);
    if (layer.previousVersion !== undefined)
        facts.push(['Previous', `v${layer.previousVersion}`]);
    facts.push(['Zip', sizeChange(layer.previousZipSize, layer.zipSize)]);
    facts.push(['Unzipped', sizeChange(layer.previousUnzippedSize, layer.unzippedSize)]);
    if (layer.packageCount !== undefined)
        facts.push(['Packages', String(layer.packageCount)]);
    facts.push(['Fingerprint', layer.fingerprint]);
    sections.push(columns(facts.map(([k, v]) => [`${k}:`, v]), ['l', 'l']));
    if (report.savings && report.savings.notUploaded > 0) {
        const s = report.savings;
        sections.push(`Savings: ${s.functionCount} function package(s) of ${range(s.packageMin, s.packageMax)} instead of ` +
            `${range(s.bundledMin, s.bundledMax)}; ${(0,format/* formatBytes */.z)(s.notUploaded)} not uploaded per deploy.`);
    }
    if (report.regions.length > 1 || report.regions.some((r) => r.error)) {
        const rows = report.regions.map((r) => [
            r.region,
            r.version !== undefined ? `v${r.version}` : '–',
            r.error ? `failed: ${r.error}` : r.published ? 'published' : r.plan,
            (r.notes ?? []).join('; '),
        ]);
        sections.push(`Regions\n${columns([['REGION', 'VERSION', 'RESULT', 'NOTES'], ...rows], ['l', 'l', 'l', 'l'])}`);
    }
    if (report.functions.length > 0) {
        const rows = report.functions.map((f) => [
            f.name,
            f.region,
            STATUS[f.status] + (f.error ? `: ${f.error}` : ''),
            String(f.layerCount),
            `${f.unzippedTotal.lowerBound ? '≥ ' : ''}${(0,format/* formatBytes */.z)(f.unzippedTotal.bytes)}`,
            f.overLimit ? `over by ${(0,format/* formatBytes */.z)(-f.headroom)}` : (0,format/* formatBytes */.z)(f.headroom),
        ]);
        const header = ['FUNCTION', 'REGION', 'STATUS', 'LAYERS', 'UNZIPPED', 'HEADROOM'];
        sections.push(`Functions\n${columns([header, ...rows], ['l', 'l', 'l', 'r', 'r', 'r'])}`);
    }
    const diff = report.packageDiff;
    if (diff) {
        const against = diff.againstVersion !== undefined ? `v${diff.againstVersion}` : 'the published version';
        if (diff.changes.length === 0) {
            sections.push(`Package changes against ${against}: none (${diff.unchangedCount} unchanged)`);
        }
        else {
            const rows = diff.changes.map((c) => [SIGN[c.kind], c.name, before(c), after(c), signed(c.delta)]);
            sections.push(`Package changes against ${against} (${diff.unchangedCount} unchanged)\n` +
                columns(rows, ['l', 'l', 'r', 'r', 'r']));
        }
    }
    if (report.packages.length > 0 && maxPackages > 0) {
        const shown = report.packages.slice(0, maxPackages);
        const rows = shown.map((p) => [
            p.name,
            p.version ?? '',
            (0,format/* formatBytes */.z)(p.size),
            `${(p.share * 100).toFixed(1)}%`,
        ]);
        const more = report.packages.length - shown.length;
        sections.push(`Largest packages\n${columns([['PACKAGE', 'VERSION', 'UNZIPPED', 'SHARE'], ...rows], ['l', 'l', 'r', 'r'])}` +
            (more > 0 ? `\n  … and ${more} more` : ''));
    }
    if (report.warnings.length > 0)
        sections.push(report.warnings.map((w) => `warning: ${w}`).join('\n'));
    return `${sections.join('\n\n')}\n`;
}
const STATUS = {
    updated: 'moved',
    current: 'already current',
    'would-update': 'would move',
    failed: 'failed',
    missing: 'not found',
};
const SIGN = {
    added: '+',
    removed: '-',
    grown: '~',
    shrunk: '~',
    changed: '~',
};
function before(c) {
    return c.beforeSize === undefined ? '' : `${c.beforeVersion ?? ''} ${(0,format/* formatBytes */.z)(c.beforeSize)}`.trim();
}
function after(c) {
    return c.afterSize === undefined
        ? ''
        : `→ ${c.afterVersion ?? ''} ${(0,format/* formatBytes */.z)(c.afterSize)}`.replace('  ', ' ');
}
function signed(bytes) {
    return bytes === 0 ? '±0 B' : `${bytes > 0 ? '+' : '-'}${(0,format/* formatBytes */.z)(Math.abs(bytes))}`;
}
function sizeChange(previous, now) {
    if (now === undefined)
        return previous === undefined ? '–' : `${(0,format/* formatBytes */.z)(previous)} (published)`;
    if (previous === undefined || previous === now)
        return (0,format/* formatBytes */.z)(now);
    return `${(0,format/* formatBytes */.z)(previous)} → ${(0,format/* formatBytes */.z)(now)} (${signed(now - previous)})`;
}
function range(min, max) {
    return min === max ? (0,format/* formatBytes */.z)(min) : `${(0,format/* formatBytes */.z)(min)}–${(0,format/* formatBytes */.z)(max)}`;
}
/** Rows padded into columns two spaces apart; 'r' columns right-aligned. */
function columns(rows, align) {
    const widths = align.map((_, i) => Math.max(0, ...rows.map((r) => [...(r[i] ?? '')].length)));
    return rows
        .map((row) => row
        .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        return align[i] === 'r' ? pad + cell : cell + pad;
    })
        .join('  ')
        .trimEnd()
        .replace(/^/, '  '))
        .join('\n');
}

;// CONCATENATED MODULE: ./src/cli.ts









/**
 * Exit codes: 0 the run succeeded; 1 it failed (a bad flag value, a build, AWS); 2 the command line could not be
 * understood (unknown command or flag, a missing value).
 */
const EXIT = { ok: 0, failed: 1, usage: 2 };
/** Inputs that only matter for a PR comment, which the CLI never posts (it prints the report instead). */
const NOT_FLAGS = new Set(['mode', 'github-token', 'comment']);
const FORMATS = ['text', 'markdown', 'json'];
const CLI_FLAGS = [
    {
        name: 'mode',
        description: "plan or apply; the same as the command (one of the two is required; 'auto' is not offered here).",
        required: false,
        boolean: false,
    },
    {
        name: 'format',
        description: 'How the report is printed: text, markdown (the PR comment body) or json.',
        required: false,
        default: 'text on a terminal, markdown otherwise',
        boolean: false,
    },
    {
        name: 'work-dir',
        description: 'Folder for the build, the zip and the report, kept after the run.',
        required: false,
        default: 'a new temporary folder, removed after the run',
        boolean: false,
    },
];
/** The action's inputs as flags, described as in action.yml (the one place they are documented). */
function inputFlags(actionYml = readActionYml()) {
    const docs = [];
    const block = /^inputs:\n([\s\S]*?)^\S/m.exec(actionYml)?.[1] ?? '';
    for (const match of block.matchAll(/^ {2}([a-z0-9-]+):\n((?: {4}.*\n?)*)/gm)) {
        const [, name, body] = match;
        if (NOT_FLAGS.has(name) || !inputs/* INPUT_NAMES */.Qh.includes(name))
            continue;
        const field = (key) => {
            const raw = new RegExp(`^ {4}${key}: (.*)$`, 'm').exec(body)?.[1]?.trim();
            if (raw === undefined)
                return undefined;
            if (raw.startsWith("'"))
                return raw.slice(1, -1).replace(/''/g, "'");
            if (raw.startsWith('"'))
                return raw.slice(1, -1).replace(/\\"/g, '"');
            return raw;
        };
        const def = field('default');
        docs.push({
            name,
            description: field('description') ?? '',
            required: field('required') === 'true',
            default: def || undefined,
            boolean: def === 'true' || def === 'false',
        });
    }
    return docs;
}
function packageFile(name) {
    // src/cli.ts, or a file of dist/ in the bundle: the file sits at the package root above either.
    let dir = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 4 && !(0,external_node_fs_.existsSync)(external_node_path_default().join(dir, name)); i++)
        dir = external_node_path_default().dirname(dir);
    return external_node_path_default().join(dir, name);
}
function readActionYml() {
    return (0,external_node_fs_.readFileSync)(packageFile('action.yml'), 'utf8');
}
function version() {
    const root = external_node_path_default().dirname(packageFile('action.yml'));
    return JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().join(root, 'package.json'), 'utf8')).version;
}
const COMMANDS = {
    plan: 'Fingerprint, build and report what apply would do; change nothing in AWS.',
    apply: 'Publish a new layer version when the lockfiles changed, and move the functions onto it.',
};
function flagHelp(doc) {
    const usage = doc.boolean ? `--${doc.name}, --no-${doc.name}` : `--${doc.name} VALUE`;
    const notes = [doc.required ? 'required' : undefined, doc.default ? `default: ${doc.default}` : undefined]
        .filter(Boolean)
        .join('; ');
    return `  ${usage}\n      ${doc.description}${notes ? ` (${notes})` : ''}`;
}
function usage(command) {
    const flags = [...inputFlags(), ...CLI_FLAGS];
    const head = command
        ? `Usage: layer-action ${command} --layer-name NAME --runtime RUNTIME [flags]\n\n${COMMANDS[command]}`
        : 'Usage: layer-action <plan|apply> --layer-name NAME --runtime RUNTIME [flags]\n\n' +
            'Keeps an AWS Lambda layer in step with the lockfiles, as the GitHub Action does, from a terminal.\n\n' +
            `Commands:\n${Object.entries(COMMANDS)
                .map(([name, text]) => `  ${name.padEnd(7)}${text}`)
                .join('\n')}\n\nRun 'layer-action <command> --help' for one command.`;
    return `${head}

Flags (a flag given twice adds a line, for list inputs such as --functions):
${flags.map(flagHelp).join('\n')}
  -h, --help
      Show this help.
  -V, --version
      Print the version.

AWS access uses the SDK's default credential chain and AWS_REGION (AWS_ENDPOINT_URL points it at an emulator);
HTTPS_PROXY, HTTP_PROXY and NO_PROXY are honoured. The layer cache is a local folder (LAYER_ACTION_CACHE_DIR,
default ~/.cache/layer-action; 'off' disables it).

Exit codes: ${EXIT.ok} success; ${EXIT.failed} the run failed (bad flag value, build, AWS); ${EXIT.usage} the command line could not be understood.`;
}
class UsageError extends Error {
    command;
    constructor(message, command) {
        super(message);
        this.command = command;
    }
}
function parseArgs(argv) {
    const inputs = inputFlags();
    const known = new Map([...inputs, ...CLI_FLAGS].map((d) => [d.name, d]));
    const parsed = { help: false, version: false, values: new Map() };
    let mode;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '-h' || arg === '--help') {
            parsed.help = true;
            continue;
        }
        if (arg === '-V' || arg === '--version') {
            parsed.version = true;
            continue;
        }
        if (!arg.startsWith('-')) {
            if (parsed.command) {
                throw new UsageError(`One command at a time: '${parsed.command}' was given, then '${arg}'`);
            }
            if (arg !== 'plan' && arg !== 'apply') {
                const hint = didYouMean(arg, Object.keys(COMMANDS));
                throw new UsageError(`Unknown command '${arg}'${hint ? `: did you mean '${hint}'?` : "; expected 'plan' or 'apply'"}`);
            }
            parsed.command = arg;
            continue;
        }
        const match = /^--(no-)?([a-z0-9-]+)(?:=(.*))?$/s.exec(arg);
        const doc = match ? known.get(match[2]) : undefined;
        if (!match || !doc || (match[1] && !doc.boolean)) {
            const name = /^-+([^=]*)/.exec(arg)?.[1] ?? arg;
            const hint = didYouMean(name, [...known.keys()]);
            throw new UsageError(`Unknown flag ${arg.split('=')[0]}${hint ? `: did you mean --${hint}?` : ''}`, parsed.command);
        }
        let value;
        if (match[1])
            value = 'false';
        else if (match[3] !== undefined)
            value = match[3];
        else if (doc.boolean)
            value = 'true';
        else {
            value = argv[++i];
            if (value === undefined || (value.startsWith('--') && known.has(value.slice(2).split('=')[0])))
                throw new UsageError(`Flag --${doc.name} needs a value`, parsed.command);
        }
        if (doc.name === 'mode')
            mode = value;
        else if (doc.name === 'format') {
            if (!FORMATS.includes(value))
                throw new UsageError(`Flag --format: expected ${FORMATS.join(', ')}, got '${value}'`, parsed.command);
            parsed.format = value;
        }
        else if (doc.name === 'work-dir')
            parsed.workDir = value;
        else {
            const name = doc.name;
            const previous = parsed.values.get(name);
            parsed.values.set(name, previous === undefined || doc.boolean ? value : `${previous}\n${value}`);
        }
    }
    if (mode !== undefined) {
        if (mode !== 'plan' && mode !== 'apply')
            throw new UsageError(`Flag --mode: expected plan or apply, got '${mode}'`, parsed.command);
        if (parsed.command && parsed.command !== mode)
            throw new UsageError(`The command is '${parsed.command}' but --mode says '${mode}'`, parsed.command);
        parsed.command = mode;
    }
    if (parsed.command)
        parsed.values.set('mode', parsed.command);
    return parsed;
}
/** The closest known word within a few typos, for "did you mean". */
function didYouMean(word, candidates) {
    let best;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate);
        if (!best || distance < best.distance)
            best = { word: candidate, distance };
    }
    const limit = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
    return best && (best.distance <= limit || best.word.startsWith(word)) ? best.word : undefined;
}
function editDistance(a, b) {
    let row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const next = [i];
        for (let j = 1; j <= b.length; j++)
            next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        row = next;
    }
    return row[b.length];
}
/** Messages written for a workflow ("the 's3-bucket' input") reworded for the command line ("--s3-bucket"). */
function forTerminal(message) {
    return message
        .replace(/\b[Ii]nput 'regions \(from AWS_REGION\)'/g, 'AWS_REGION (no --regions given)')
        .replace(/configure them in an earlier step \(aws-actions\/configure-aws-credentials\)/g, 'set them up first (environment variables, AWS_PROFILE or aws sso login)')
        .replace(/set 'mode: plan'/g, "run 'layer-action plan'")
        .replace(/\b[Ii]nput '([a-z0-9-]+)'/g, '--$1')
        .replace(/\bthe '([a-z0-9-]+)' input\b/g, '--$1')
        .replace(/'([a-z0-9-]+)' input\b/g, '--$1');
}
async function main(argv) {
    let parsed;
    try {
        parsed = parseArgs(argv);
    }
    catch (err) {
        if (!(err instanceof UsageError))
            throw err;
        console.error(`error: ${err.message}\n\nRun 'layer-action ${err.command ? `${err.command} ` : ''}--help' for the flags.`);
        return EXIT.usage;
    }
    if (parsed.version) {
        console.log(version());
        return EXIT.ok;
    }
    if (parsed.help) {
        console.log(usage(parsed.command));
        return EXIT.ok;
    }
    if (!parsed.command) {
        console.error(`${usage()}\n\nerror: name a command (plan or apply), or pass --mode`);
        return EXIT.usage;
    }
    // The SDK's notice about Node versions it will drop in the future is not actionable here.
    process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
    const format = parsed.format ?? (process.stdout.isTTY ? 'text' : 'markdown');
    const temporary = parsed.workDir ? undefined : await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'layer-action-'));
    const runnerTemp = parsed.workDir ? external_node_path_default().resolve(parsed.workDir) : temporary;
    const outputs = {};
    try {
        const { report } = await (0,action/* executeAction */.y)({
            getInput: (name) => parsed.values.get(name) ?? '',
            setOutput: (name, value) => (outputs[name] = value),
            setSecret: () => { },
            log: {
                info: (line) => console.error(line),
                warning: (line) => console.error(`warning: ${forTerminal(line)}`),
                group: (name, fn) => step(name, fn),
            },
            env: { ...process.env, GITHUB_EVENT_NAME: '', RUNNER_TEMP: runnerTemp },
            baseDirectory: process.cwd(),
        });
        const json = await (0,promises_.readFile)(report.reportJsonPath, 'utf8');
        if (format === 'json')
            console.log(json.trimEnd());
        else if (format === 'markdown')
            console.log(await (0,promises_.readFile)(report.reportPath, 'utf8'));
        else
            console.log(renderText(JSON.parse(json)));
        // Paths into a folder that is about to be removed would mislead.
        const gone = temporary ? ['zip-path', 'report-path', 'report-json-path'] : [];
        if (format !== 'json') {
            for (const [name, value] of Object.entries(outputs))
                if (!gone.includes(name))
                    console.log(`${name}=${value}`);
        }
        return EXIT.ok;
    }
    catch (err) {
        if (!(0,errors/* isUserFacing */.Qx)(err) && err instanceof Error)
            console.error(err.stack);
        console.error(`error: ${forTerminal((0,errors/* errorMessage */.gJ)(err))}`);
        return EXIT.failed;
    }
    finally {
        if (temporary)
            await (0,promises_.rm)(temporary, { recursive: true, force: true });
    }
}
/** A long step: its name when it starts, and how long it took when it ends. */
async function step(name, fn) {
    const started = Date.now();
    console.error(`▸ ${name}…`);
    const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
    try {
        const result = await fn();
        console.error(`✓ ${name} (${seconds()})`);
        return result;
    }
    catch (err) {
        console.error(`✗ ${name} (${seconds()})`);
        throw err;
    }
}


/***/ })

};
