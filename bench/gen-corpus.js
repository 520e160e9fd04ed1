// gen-corpus.js -- deterministically generates the benchmark corpus (default 25 MB of 5-20 KB reports) from examples/*.txt.
'use strict';
// Usage: node bench/gen-corpus.js [--mb N] [--seed S] [--out DIR] [--big]
//   Recombines the paragraphs of the example reports into new documents and
//   substitutes every person-name token (given names and surname parts,
//   consistently within a document) from pools of the same origin, shifts
//   years, and writes DIR/doc-NNNNN.txt (default bench/out/corpus).  --big also
//   writes DIR/../big.txt, one document of ~N/5 MB.  Same arguments, same bytes.
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
function opt(name, dflt) {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
}
const root = path.resolve(__dirname, '..');
const MB = Number(opt('--mb', process.env.BENCH_MB || 25));
const SEED = Number(opt('--seed', 20240601)) >>> 0;
const OUT = path.resolve(opt('--out', path.join(root, 'bench/out/corpus')));
const BIG = args.includes('--big');
if (!(MB > 0)) { console.error('gen-corpus: --mb must be positive'); process.exit(2); }

// mulberry32: small, fast, seeded PRNG.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = prng(SEED);
const randInt = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (arr) => arr[Math.floor(rnd() * arr.length)];

// Name pools by origin.  Keys: <origin>_m / <origin>_f for given names, <origin>_s for surname parts.
const POOLS = {
  arabic_m: ['Qassim', 'Ridha', 'Hisham', 'Khalid', 'Mustafa', 'Yousef', 'Tariq', 'Samir', 'Nabil', 'Walid', 'Faisal', 'Jassim', 'Hamza', 'Bilal', 'Adnan', 'Ziad', 'Karim', 'Mahmoud', 'Salman', 'Haidar'],
  arabic_f: ['Fatima', 'Zainab', 'Maryam', 'Huda', 'Rania', 'Layla', 'Samira', 'Noor'],
  arabic_s: ['Mahfoudh', 'Sitrawi', 'Hammadi', 'Khazali', 'Saadi', 'Tamimi', 'Jaberi', 'Obeidi', 'Dulaimi', 'Shammari', 'Maliki', 'Zubaidi', 'Rubaie', 'Asadi', 'Hashimi', 'Karbalai', 'Bahrani', 'Musawi', 'Haddad', 'Najjar'],
  persian_m: ['Farhad', 'Kourosh', 'Abbas', 'Mehdi', 'Reza', 'Hamid', 'Behrouz', 'Dariush', 'Majid', 'Saeed', 'Ali Reza', 'Mohsen', 'Javad', 'Omid', 'Babak', 'Arash', 'Hossein', 'Nader', 'Siamak', 'Vahid'],
  persian_f: ['Leyla', 'Farzaneh', 'Shirin', 'Maryam', 'Azadeh', 'Nasrin', 'Parisa', 'Roya', 'Mahsa', 'Golnar'],
  persian_s: ['Rahimzadeh', 'Mostafavi', 'Hatami', 'Nikou', 'Kazemi', 'Jafari', 'Nejad', 'Ahmadi', 'Hosseini', 'Rezaei', 'Moradi', 'Karimi', 'Sadeghi', 'Tehrani', 'Shirazi', 'Ghorbani', 'Bagheri', 'Esfahani', 'Navabi', 'Zarif', 'Motamedi', 'Farahani'],
  slavic_m: ['Dmitri', 'Viktor', 'Oleksandr', 'Andrei', 'Sergei', 'Igor', 'Pavel', 'Mikhail', 'Yuri', 'Vladislav', 'Boris', 'Anton', 'Stanislav', 'Nikolai', 'Artem', 'Maksim', 'Roman', 'Denis'],
  slavic_f: ['Yana', 'Olga', 'Natalia', 'Irina', 'Svetlana', 'Tatiana', 'Alina', 'Ksenia'],
  slavic_s: ['Kovalenko', 'Semashko', 'Hrytsenko', 'Kotsiubenka', 'Abdulov', 'Petrenko', 'Volkov', 'Sokolov', 'Morozov', 'Lebedev', 'Shevchuk', 'Bondarenko', 'Melnyk', 'Zaitsev', 'Orlov', 'Kuznetsov', 'Tkachenko', 'Savchenko', 'Novikov', 'Yermakov'],
  polish_m: ['Tomasz', 'Janusz', 'Marek', 'Piotr', 'Krzysztof', 'Paweł', 'Grzegorz', 'Wojciech', 'Łukasz', 'Andrzej'],
  polish_f: ['Anna', 'Agnieszka', 'Katarzyna', 'Magdalena', 'Joanna', 'Małgorzata'],
  polish_s: ['Kędzierski', 'Borkowski', 'Zalewski', 'Nowak', 'Wiśniewska', 'Kowalczyk', 'Wójcik', 'Lewandowski', 'Kamiński', 'Zieliński', 'Szymański', 'Dąbrowski', 'Jankowski', 'Mazur', 'Krawczyk', 'Piotrowski'],
  turkic_m: ['Ruslan', 'Tawfiq', 'Elchin', 'Ramil', 'Mehmet', 'Emre', 'Rashad', 'Vugar', 'Anar', 'Ilham', 'Farid', 'Orkhan', 'Murat', 'Kemal', 'Tural', 'Elnur', 'Samir', 'Jeyhun', 'Nihat', 'Serkan'],
  turkic_f: ['Aysel', 'Günel', 'Leyla', 'Sevinj', 'Zeynep', 'Elif'],
  turkic_s: ['Heydarli', 'Guliyev', 'Mammadov', 'Yıldırım', 'Aliyev', 'Hasanov', 'Huseynov', 'Ismayilov', 'Karimov', 'Rustamov', 'Abbasov', 'Babayev', 'Nasirov', 'Öztürk', 'Demir', 'Çelik', 'Aydın', 'Şahin', 'Kaya', 'Qasimov'],
  georgian_m: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Zurab', 'Lasha', 'Tornike', 'Nikoloz'],
  georgian_f: ['Nino', 'Tamar', 'Ketevan', 'Mariam', 'Salome', 'Eka'],
  georgian_s: ['Beridze', 'Tsiklauri', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Javakhishvili', 'Chikovani', 'Kvaratskhelia', 'Abashidze', 'Tsereteli'],
  latin_m: ['Wilmer', 'Jhon', 'Andrés', 'Carlos', 'Javier', 'Fausto', 'Luis', 'Jorge', 'Hernán', 'Diego', 'Fredy', 'Julio', 'Óscar', 'Raúl', 'Edwin', 'Alexander', 'Mauricio', 'Germán'],
  latin_f: ['Yesenia', 'Marisol', 'Luz', 'Paola', 'Diana', 'Claudia', 'Leidy', 'Sandra'],
  latin_mid: ['Antonio', 'Jairo', 'Felipe', 'Geovanny', 'Fernando', 'Alberto', 'Enrique', 'José', 'Eduardo', 'Arturo'],
  latin_s: ['Quiñones', 'Caicedo', 'Cortés', 'Angulo', 'Mosquera', 'Macías', 'Triana', 'Montoya', 'Restrepo', 'Valencia', 'Ocampo', 'Murillo', 'Castaño', 'Zapata', 'Ospina', 'Mejía', 'Rentería', 'Palacios', 'Londoño', 'Arboleda', 'Bermúdez', 'Salazar'],
  english_m: ['Martin', 'Daniel', 'Michael', 'Robert', 'Thomas', 'Richard', 'Steven', 'Gregory', 'Patrick', 'Douglas'],
  english_f: ['Karen', 'Elizabeth', 'Susan', 'Rebecca', 'Laura', 'Margaret', 'Catherine', 'Julia'],
  english_s: ['Crawford', 'Whitfield', 'Whitmore', 'Harrington', 'Caldwell', 'Prescott', 'Ashford', 'Donnelly', 'Brennan', 'Holloway', 'Mercer', 'Langley', 'Sinclair', 'Thornton'],
  hebrew_m: ['Ariel', 'Yosef', 'Menachem', 'David', 'Shmuel', 'Eliyahu'],
  hebrew_s: ['Levanon', 'Friedman', 'Katz', 'Rosenberg', 'Shapiro', 'Weiss', 'Abramov', 'Gold'],
  chinese_m: ['Weidong', 'Jianguo', 'Hao', 'Wei', 'Zhiqiang', 'Ming'],
  chinese_s: ['Chen', 'Li', 'Wang', 'Zhang', 'Liu', 'Huang', 'Zhou', 'Lin'],
};

// Every person-name token in examples/, and the pool it is drawn from.  Tokens
// are replaced consistently within a document, so "Hatami Nikou" and a later
// "Hatami" stay one person.  Public office holders are left as they are.
const TOKENS = {
  arabic_m: ['Qassim', 'Ridha', 'Hisham'],
  arabic_s: ['Mahfoudh', 'Sitrawi', 'Hammadi'],
  persian_m: ['Farhad', 'Kourosh', 'Abbas'],
  persian_f: ['Leyla', 'Farzaneh'],
  persian_s: ['Rahimzadeh', 'Mostafavi', 'Hatami', 'Nikou', 'Kazemi', 'Jafari', 'Nejad'],
  slavic_m: ['Dmitri', 'Viktor', 'Oleksandr'],
  slavic_f: ['Yana'],
  slavic_s: ['Kovalenko', 'Semashko', 'Hrytsenko', 'Kotsiubenka', 'Abdulov'],
  polish_m: ['Tomasz', 'Janusz', 'Marek', 'Piotr'],
  polish_f: ['Anna'],
  polish_s: ['Kędzierski', 'Borkowski', 'Zalewski', 'Nowak', 'Wiśniewska'],
  turkic_m: ['Ruslan', 'Tawfiq', 'Elchin', 'Ramil', 'Mehmet', 'Emre'],
  turkic_s: ['Heydarli', 'Guliyev', 'Mammadov', 'Yıldırım'],
  georgian_m: ['Giorgi'],
  georgian_f: ['Nino'],
  georgian_s: ['Beridze', 'Tsiklauri'],
  latin_m: ['Wilmer', 'Jhon', 'Andrés', 'Javier', 'Fausto'],
  latin_f: ['Yesenia'],
  latin_mid: ['Antonio', 'Jairo', 'Felipe', 'Geovanny'],
  latin_s: ['Quiñones', 'Caicedo', 'Cortés', 'Angulo', 'Mosquera', 'Macías', 'Montoya', 'Restrepo'],
  english_m: ['Martin', 'Daniel'],
  english_f: ['Karen'],
  english_s: ['Crawford', 'Whitfield', 'Whitmore'],
  hebrew_m: ['Ariel'],
  hebrew_s: ['Levanon'],
  chinese_m: ['Weidong'],
  chinese_s: ['Chen'],
};
const tokenPool = new Map();
for (const [pool, toks] of Object.entries(TOKENS)) for (const t of toks) tokenPool.set(t, pool);
const tokenRe = new RegExp('(?<![\\p{L}\\p{N}])(' +
  [...tokenPool.keys()].sort((a, b) => b.length - a.length).join('|') + ')(?![\\p{L}\\p{N}])', 'gu');

// Load the examples: headline, dateline, body paragraphs.
const exDir = path.join(root, 'examples');
const sources = fs.readdirSync(exDir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = fs.readFileSync(path.join(exDir, f), 'utf8').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  const body = lines.slice(2).join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  return { headline: lines[0], dateline: lines[1] || '', body };
});
if (!sources.length) { console.error('gen-corpus: no examples/*.txt'); process.exit(2); }
const allParas = [];
for (const s of sources) for (const p of s.body) allParas.push(p);

// One document's substitution: a fresh token map and a year shift.
function makeSubst() {
  const map = new Map();
  const used = new Set();
  const shift = randInt(-6, 1);
  return (text) => text.replace(tokenRe, (tok) => {
    if (!map.has(tok)) {
      const pool = POOLS[tokenPool.get(tok)];
      let cand = pick(pool);
      for (let i = 0; i < 8 && used.has(cand); i++) cand = pick(pool);
      used.add(cand);
      map.set(tok, cand);
    }
    return map.get(tok);
  }).replace(/(?<![\d,.$])(20[0-2]\d)(?!\d|[,.]\d)/g, (y) => String(Number(y) + shift));
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function makeDoc(targetBytes) {
  const subst = makeSubst();
  const lead = pick(sources);
  const parts = [subst(lead.headline), subst(lead.dateline), ''];
  let size = Buffer.byteLength(parts.join('\n'));
  // Start with the lead's own paragraphs in order, then recombine others.
  const queue = lead.body.slice(0, randInt(1, lead.body.length));
  while (size < targetBytes) {
    let p = queue.length ? queue.shift() : pick(allParas);
    if (rnd() < 0.08) {  // an occasional dated section break
      p = `Update, ${MONTHS[randInt(0, 11)]} ${randInt(1, 28)}, ${randInt(2015, 2024)}`;
    }
    p = subst(p);
    parts.push(p, '');
    size += Buffer.byteLength(p) + 2;
  }
  return parts.join('\n');
}

fs.rmSync(OUT, { recursive: true, force: true });
fs.mkdirSync(OUT, { recursive: true });
const total = Math.round(MB * 1024 * 1024);
let written = 0, n = 0;
while (written < total) {
  const doc = makeDoc(randInt(5 * 1024, 19 * 1024));
  n++;
  fs.writeFileSync(path.join(OUT, `doc-${String(n).padStart(5, '0')}.txt`), doc);
  written += Buffer.byteLength(doc);
}
const manifest = { seed: SEED, mb: MB, files: n, bytes: written };
if (BIG) {
  const chunks = [];
  let b = 0;
  while (b < total / 5) { const d = makeDoc(16 * 1024); chunks.push(d); b += Buffer.byteLength(d); }
  const bigPath = path.join(path.dirname(OUT), 'big.txt');
  fs.writeFileSync(bigPath, chunks.join('\n'));
  manifest.big = { path: bigPath, bytes: b };
}
fs.writeFileSync(path.join(path.dirname(OUT), path.basename(OUT) + '.json'), JSON.stringify(manifest, null, 1) + '\n');
console.error(`gen-corpus: ${n} files, ${(written / 1048576).toFixed(1)} MB in ${path.relative(process.cwd(), OUT) || OUT}`);
