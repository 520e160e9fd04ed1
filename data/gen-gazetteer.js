// gen-gazetteer.js -- placeholder generator: writes empty tables.
const fs = require('fs');
const out = process.argv[process.argv.length - 1];
fs.writeFileSync(out, '#include "tl_gaz_data.h"\nconst tl_gaz_table tl_gaz_builtin = {0};\n');
