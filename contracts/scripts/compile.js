#!/usr/bin/env node
// Compiles contracts/src with the pinned solc npm package (standard JSON API)
// and writes deterministic artifacts to the output directory (default build/):
//   combined.json  solc --combined-json style {contracts:{"path:Name":{abi,bin}}}
//                  for the contracts that get Go bindings, read by abigen.
// Usage: node scripts/compile.js [outdir]
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const root = path.resolve(__dirname, '..');
const outDir = path.resolve(process.argv[2] || path.join(root, 'build'));

// Contracts that get bindings (abstract bases and libraries do not).
const OUTPUTS = [
  'src/KappaToken.sol:KappaToken',
  'src/KappaHub.sol:KappaHub',
  'src/CampaignLib.sol:CampaignLib',
  'src/SettleLib.sol:SettleLib',
  'src/test/ReentrantToken.sol:ReentrantToken',
  'src/test/RulesMirror.sol:RulesMirror',
];

function listSol(dir) {
  const out = [];
  for (const name of fs.readdirSync(path.join(root, dir)).sort()) {
    const rel = path.posix.join(dir, name);
    const st = fs.statSync(path.join(root, rel));
    if (st.isDirectory()) out.push(...listSol(rel));
    else if (name.endsWith('.sol')) out.push(rel);
  }
  return out;
}

const sources = {};
for (const rel of listSol('src')) {
  sources[rel] = { content: fs.readFileSync(path.join(root, rel), 'utf8') };
}

function findImports(p) {
  const candidates = [path.join(root, p), path.join(root, 'node_modules', p)];
  for (const c of candidates) {
    if (fs.existsSync(c)) return { contents: fs.readFileSync(c, 'utf8') };
  }
  return { error: 'not found: ' + p };
}

const input = {
  language: 'Solidity',
  sources,
  settings: {
    viaIR: true,
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    metadata: { bytecodeHash: 'none', appendCBOR: false },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};

const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
let failed = false;
for (const e of output.errors || []) {
  // OpenZeppelin's own transient-storage warning is expected noise.
  if (e.severity !== 'error' && e.sourceLocation && e.sourceLocation.file.startsWith('@openzeppelin/')) continue;
  process.stderr.write(e.formattedMessage || e.message);
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

const combined = { contracts: {}, version: solc.version() };
for (const id of OUTPUTS) {
  const [file, name] = id.split(':');
  const c = output.contracts[file] && output.contracts[file][name];
  if (!c) {
    process.stderr.write('compile: missing contract ' + id + '\n');
    process.exit(1);
  }
  combined.contracts[id] = {
    abi: c.abi,
    bin: c.evm.bytecode.object,
    'bin-runtime': c.evm.deployedBytecode.object,
  };
}
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'combined.json'), JSON.stringify(combined, null, 1) + '\n');
