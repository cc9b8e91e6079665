// The Tutor certificate verifier: reads a credential from a file, a QR code or pasted text,
// checks its eddsa-jcs-2022 proof with the browser's own Web Crypto Ed25519, and judges it
// against the centre cards it trusts, as tutor/credentials/verify.py does (docs/credentials.md).
// Nothing is fetched: the page's Content-Security-Policy forbids any connection.
"use strict";
(function () {
  var MAX_FILE = 20 * 1024 * 1024;   // a file over 20 MB is refused unread
  var MAX_JSON = 64 * 1024;          // a credential or a centre card (the QR code holds 4 KB)
  var MAX_INFLATED = 4 * 1024 * 1024;  // one embedded file of a PDF, inflated
  var MAX_QR_TEXT = 4296;            // the most a QR code holds (alphanumeric, version 40-L)
  var MAX_PNG_CHUNKS = 10000;
  var MAX_PDF_STREAMS = 64;
  var MAX_IMAGE_SIDE = 1600;         // a photo is scaled down to this before the QR is looked for
  var CLOCK_SKEW_MS = 2 * 24 * 3600 * 1000;
  var CREDENTIAL_QR = "TVC1:";
  var CARD_QR = "TCC1:";

  // -- small helpers ---------------------------------------------------------------------
  function Problem(key) { this.key = key; }  // a message for the person, by its string key
  function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  function asList(v) { return Array.isArray(v) ? v : []; }
  function text(v, limit) {
    if (typeof v === "number") v = String(v);
    if (typeof v !== "string") return "";
    return v.length > (limit || 300) ? v.slice(0, limit || 300) + "…" : v;
  }
  var utf8 = new TextEncoder();
  function fromUtf8(bytes) { return new TextDecoder("utf-8", {fatal: true}).decode(bytes); }
  function concat(parts) {
    var size = 0, at = 0;
    parts.forEach(function (p) { size += p.length; });
    var out = new Uint8Array(size);
    parts.forEach(function (p) { out.set(p, at); at += p.length; });
    return out;
  }
  // XML Schema dateTime with a time zone, as Tutor writes it: 2026-12-06T10:00:00Z
  var DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
  function parseMoment(v) {
    if (typeof v !== "string" || v.length > 40 || !DATE_TIME.test(v)) return null;
    var ms = Date.parse(v);
    return isNaN(ms) ? null : ms;
  }

  // -- RFC 8785 canonical JSON (JCS) ------------------------------------------------------
  // ECMAScript's JSON.stringify already writes strings and numbers as RFC 8785 asks; keys
  // are sorted by UTF-16 code units, which is what Array.prototype.sort does by default.
  function canonical(v) {
    if (v === null || typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
    if (typeof v === "number") {
      if (!isFinite(v)) throw new Problem("damaged");
      return JSON.stringify(v);
    }
    if (Array.isArray(v)) return "[" + v.map(canonical).join(",") + "]";
    if (typeof v === "object") {
      return "{" + Object.keys(v).sort().map(function (k) {
        return JSON.stringify(k) + ":" + canonical(v[k]);
      }).join(",") + "}";
    }
    throw new Problem("damaged");
  }

  // -- base58btc and did:key --------------------------------------------------------------
  var B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  function base58(s) {
    if (typeof s !== "string" || s.length > 200) return null;  // a signature is 88 characters
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var carry = B58.indexOf(s[i]);
      if (carry < 0) return null;
      for (var j = 0; j < out.length; j++) {
        carry += out[j] * 58;
        out[j] = carry & 255;
        carry >>= 8;
      }
      while (carry > 0) { out.push(carry & 255); carry >>= 8; }
    }
    for (var z = 0; z < s.length && s[z] === "1"; z++) out.push(0);
    return Uint8Array.from(out.reverse());
  }
  // The raw 32-byte Ed25519 key of "did:key:z..." (multicodec 0xED 0x01), or null.
  function didKeyBytes(did) {
    if (typeof did !== "string" || did.indexOf("did:key:z") !== 0) return null;
    var raw = base58(did.slice("did:key:z".length));
    if (!raw || raw.length !== 34 || raw[0] !== 0xED || raw[1] !== 0x01) return null;
    return raw.slice(2);
  }
  // What a person compares by eye with the centre card: the key's last 12 characters.
  function fingerprint(did) {
    var tail = String(did).slice(-12);
    return tail.slice(0, 4) + " " + tail.slice(4, 8) + " " + tail.slice(8, 12);
  }

  // -- Base45 (RFC 9285) and zlib -----------------------------------------------------------
  var B45 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:";
  function base45(s) {
    if (s.length % 3 === 1) throw new Problem("qrDamaged");
    var out = new Uint8Array(Math.floor(s.length / 3) * 2 + (s.length % 3 === 2 ? 1 : 0)), at = 0;
    for (var i = 0; i < s.length; i += 3) {
      var c = B45.indexOf(s[i]), d = B45.indexOf(s[i + 1]);
      if (c < 0 || d < 0) throw new Problem("qrDamaged");
      if (i + 2 < s.length) {
        var e = B45.indexOf(s[i + 2]);
        var n = c + d * 45 + e * 2025;
        if (e < 0 || n > 0xFFFF) throw new Problem("qrDamaged");
        out[at++] = n >> 8;
        out[at++] = n & 255;
      } else {
        var m = c + d * 45;
        if (m > 0xFF) throw new Problem("qrDamaged");
        out[at++] = m;
      }
    }
    return out;
  }
  // Inflate zlib data ("deflate" in the Compression Streams API), stopping past `limit` bytes.
  async function inflate(bytes, limit, problem) {
    var reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate")).getReader();
    var parts = [], size = 0;
    try {
      for (;;) {
        var step = await reader.read();
        if (step.done) break;
        size += step.value.length;
        if (size > limit) { reader.cancel().catch(function () {}); throw new Problem(problem); }
        parts.push(step.value);
      }
    } catch (e) {
      if (e instanceof Problem) throw e;
      throw new Problem(problem);
    }
    return concat(parts);
  }

  // -- Web Crypto -----------------------------------------------------------------------------
  async function sha256(bytes) { return new Uint8Array(await crypto.subtle.digest("SHA-256", bytes)); }
  var ed25519 = null;  // true / false once known
  async function hasEd25519() {
    if (ed25519 === null) {
      try {
        await crypto.subtle.importKey("raw", new Uint8Array(32), {name: "Ed25519"}, false, ["verify"]);
        ed25519 = true;
      } catch (e) {
        ed25519 = !!(crypto.subtle && e && e.name === "DataError");  // (a zero key may be refused)
      }
    }
    return ed25519;
  }

  // Whether `doc`'s eddsa-jcs-2022 proof holds; {ok, did, created}. Anything malformed is not ok.
  async function checkProof(doc) {
    var proof = doc.proof, bad = {ok: false};
    if (!isObject(proof) || proof.type !== "DataIntegrityProof" || proof.cryptosuite !== "eddsa-jcs-2022") return bad;
    var created = parseMoment(proof.created);
    var method = proof.verificationMethod;
    if (typeof method !== "string" || typeof proof.proofValue !== "string" || proof.proofValue[0] !== "z") return bad;
    var hash = method.indexOf("#");
    var did = hash < 0 ? method : method.slice(0, hash);
    if (hash >= 0 && method.slice(hash + 1) !== did.slice("did:key:".length)) return bad;
    var raw = didKeyBytes(did), signature = base58(proof.proofValue.slice(1));
    if (!raw || !signature || signature.length !== 64 || created === null) return bad;
    var unsecured = {}, options = {};
    Object.keys(doc).forEach(function (k) { if (k !== "proof") unsecured[k] = doc[k]; });
    Object.keys(proof).forEach(function (k) { if (k !== "proofValue" && k !== "@context") options[k] = proof[k]; });
    if ("@context" in proof) {  // vc-di-eddsa: the proof's context must start the document's
      var mine = proof["@context"], theirs = unsecured["@context"];
      if (!Array.isArray(mine) || !Array.isArray(theirs) ||
          canonical(theirs.slice(0, mine.length)) !== canonical(mine)) return bad;
    }
    if ("@context" in unsecured) options["@context"] = unsecured["@context"];
    var data = concat([await sha256(utf8.encode(canonical(options))),
      await sha256(utf8.encode(canonical(unsecured)))]);
    var key = await crypto.subtle.importKey("raw", raw, {name: "Ed25519"}, false, ["verify"]);
    var ok = await crypto.subtle.verify({name: "Ed25519"}, key, signature, data);
    return ok ? {ok: true, did: did, created: created} : bad;
  }

  // -- centre cards ---------------------------------------------------------------------------
  function isCard(doc) { return isObject(doc) && doc.type === "TutorCentreCard"; }
  async function cardIsGood(card) {
    if (!isCard(card) || card.version !== 1) return false;
    if (!["centre", "name", "key", "issued"].every(function (f) { return typeof card[f] === "string"; })) return false;
    if (parseMoment(card.issued) === null) return false;
    var revoked = "revoked" in card ? card.revoked : [];
    if (!Array.isArray(revoked) || !revoked.every(function (r) {
      return isObject(r) && typeof r.key === "string" && (r.reason === "replaced" || r.reason === "compromised") &&
        parseMoment(r.on) !== null;
    })) return false;
    var checked = await checkProof(card);
    return checked.ok && checked.did === card.key;
  }
  var trusted = [];  // {card, source: "page" | "visit"}, every one with a good proof
  var pageRefused = 0, pageDamaged = false;
  function newestPerCentre() {
    var best = {};
    trusted.forEach(function (t) {
      var seen = best[t.card.centre];
      if (!seen || parseMoment(t.card.issued) > parseMoment(seen.card.issued)) best[t.card.centre] = t;
    });
    return Object.keys(best).map(function (k) { return best[k]; });
  }
  // ["current" | "revoked" | "unknown", the card, the revocation entry] for key `did` used at `signed`.
  function keyStatus(did, signed) {
    var cards = newestPerCentre().map(function (t) { return t.card; });
    for (var i = 0; i < cards.length; i++) {
      var list = asList(cards[i].revoked);
      for (var j = 0; j < list.length; j++) {
        if (list[j].key === did) {
          var on = parseMoment(list[j].on);
          if (list[j].reason === "compromised" || on === null || signed >= on) return ["revoked", cards[i], list[j]];
          return ["current", cards[i], null];
        }
      }
    }
    for (var k = 0; k < cards.length; k++) if (cards[k].key === did) return ["current", cards[k], null];
    return ["unknown", null, null];
  }

  // -- the verdict ----------------------------------------------------------------------------
  // Shaped like a signed credential; its types are checked after its proof (a type changed
  // by hand is tampering, not another kind of file).
  function isCredential(doc) {
    return isObject(doc) && isObject(doc.issuer) && isObject(doc.proof) && isObject(doc.credentialSubject);
  }
  function isBadge(doc) {
    return Array.isArray(doc.type) && doc.type.indexOf("OpenBadgeCredential") >= 0 &&
      doc.type.indexOf("VerifiableCredential") >= 0;
  }
  // What a credential says, for a person.
  function summary(doc) {
    var subject = isObject(doc.credentialSubject) ? doc.credentialSubject : {};
    var achievement = isObject(subject.achievement) ? subject.achievement : {};
    var names = asList(subject.identifier).filter(function (i) {
      return isObject(i) && i.identityType === "name" && i.hashed !== true;
    });
    var described = {};
    asList(achievement.resultDescription).forEach(function (d) {
      if (isObject(d) && typeof d.id === "string") described[d.id] = text(d.name);
    });
    var results = asList(subject.result).slice(0, 20).filter(isObject).map(function (r) {
      var name = described[r.resultDescription] || "";
      var value = text(r.value !== undefined ? r.value : r.achievedLevel);
      return [name, value];
    });
    var issuer = isObject(doc.issuer) ? doc.issuer : {};
    var address = isObject(issuer.address) ? issuer.address : {};
    var place = [text(address.addressLocality), text(address.addressCountry)].filter(Boolean).join(", ");
    return {
      learner: names.length ? text(names[0].identityHash) : text(subject.name),
      achievement: text(achievement.name) || text(doc.name),
      results: results,
      howAssessed: isObject(achievement.criteria) ? text(achievement.criteria.narrative, 600) : "",
      date: subject.activityEndDate || doc.validFrom,
      centre: text(issuer.name),
      place: place,
      validUntil: doc.validUntil
    };
  }
  async function judge(doc, now) {
    if (!isCredential(doc)) return {verdict: "notCredential"};
    var said = summary(doc);
    var base = {said: said, centre: said.centre || "?"};
    if (!await hasEd25519()) return Object.assign(base, {verdict: "noCrypto"});
    var checked = await checkProof(doc);
    if (!checked.ok || checked.did !== doc.issuer.id) return Object.assign(base, {verdict: "tampered"});
    if (!isBadge(doc)) return {verdict: "notCredential"};
    base.fingerprint = fingerprint(checked.did);
    var status = keyStatus(checked.did, checked.created);
    if (status[1]) { base.card = status[1]; base.centre = status[1].name; }
    if (status[0] === "unknown") return Object.assign(base, {verdict: "unknown"});
    if (status[0] === "revoked") return Object.assign(base, {verdict: "revoked", entry: status[2]});
    var from = parseMoment(doc.validFrom);
    var until = "validUntil" in doc ? parseMoment(doc.validUntil) : null;
    if (from === null || from > now + CLOCK_SKEW_MS || ("validUntil" in doc && until === null)) {
      return Object.assign(base, {verdict: "tampered"});
    }
    if (until !== null && until < now) return Object.assign(base, {verdict: "expired"});
    return Object.assign(base, {verdict: "valid"});
  }

  // -- reading what the person gives ----------------------------------------------------------
  var BROKEN = {};  // the text of a credential that no longer parses: its bytes were changed
  function parseJson(s) {
    if (s.length > MAX_JSON) throw new Problem("damaged");
    try {
      return JSON.parse(s.charCodeAt(0) === 0xFEFF ? s.slice(1) : s);
    } catch (e) {
      return s.indexOf("OpenBadgeCredential") >= 0 ? BROKEN : undefined;
    }
  }
  // A document (credential, card, or anything else parsed) from a text; undefined when none.
  async function fromText(s) {
    s = s.trim();
    if (s.indexOf(CREDENTIAL_QR) === 0 || s.indexOf(CARD_QR) === 0) {
      if (s.length > MAX_QR_TEXT) throw new Problem("qrDamaged");
      var bytes = await inflate(base45(s.slice(CREDENTIAL_QR.length)), MAX_JSON, "qrDamaged");
      var doc;
      try { doc = fromUtf8(bytes); } catch (e) { throw new Problem("qrDamaged"); }
      return parseJson(doc);
    }
    return parseJson(s);
  }
  function startsWith(bytes, ascii) {
    if (bytes.length < ascii.length) return false;
    for (var i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
    return true;
  }
  // The credential's JSON text baked in a PNG (iTXt, keyword openbadgecredential), or null.
  async function fromPng(bytes) {
    var view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    var at = 8, count = 0, keyword = "openbadgecredential";
    while (at + 12 <= bytes.length && count++ < MAX_PNG_CHUNKS) {
      var length = view.getUint32(at);
      var kind = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
      if (at + 12 + length > bytes.length) return null;
      if (kind === "IEND") return null;
      if (kind === "iTXt") {
        var body = bytes.subarray(at + 8, at + 8 + length);
        if (startsWith(body, keyword + "\0") && body.length >= keyword.length + 3) {
          var compressed = body[keyword.length + 1];
          var rest = body.subarray(keyword.length + 3);
          var language = rest.indexOf(0);
          if (language < 0) return null;
          rest = rest.subarray(language + 1);
          var translated = rest.indexOf(0);
          if (translated < 0) return null;
          rest = rest.subarray(translated + 1);
          if (compressed) rest = await inflate(rest, MAX_JSON, "damaged");
          if (rest.length > MAX_JSON) throw new Problem("damaged");
          try { return fromUtf8(rest); } catch (e) { throw new Problem("damaged"); }
        }
      }
      at += 12 + length;
    }
    return null;
  }
  // The documents in a PDF's embedded files (/Type /EmbeddedFile streams, plain or
  // FlateDecode), first the credentials. Streams are found by their dictionaries' words;
  // a stream's bytes are cut by its /Length when it is written there, else at "endstream".
  async function fromPdf(bytes) {
    var s = new TextDecoder("latin1").decode(bytes);  // one character per byte: offsets match
    var found = /\/Type\s*\/EmbeddedFile(?![A-Za-z0-9#])/g, match, docs = [], seen = 0;
    while ((match = found.exec(s)) !== null && seen++ < MAX_PDF_STREAMS) {
      var begin = s.lastIndexOf("obj", match.index);
      var stream = s.indexOf("stream", match.index);
      if (begin < 0 || stream < 0 || stream - begin > 8192) continue;
      var dict = s.slice(begin, stream);
      if (dict.indexOf("endobj") >= 0) continue;
      var start = stream + 6;
      if (s[start] === "\r") start++;
      if (s[start] === "\n") start++;
      var length = /\/Length\s+(\d+)(\s+\d+\s+R)?/.exec(dict), end;
      if (length && !length[2] && start + Number(length[1]) <= bytes.length) {
        end = start + Number(length[1]);
      } else {
        end = s.indexOf("endstream", start);
        if (end < 0) continue;
        if (s[end - 1] === "\n") end--;
        if (s[end - 1] === "\r") end--;
      }
      var data = bytes.subarray(start, end);
      var filter = /\/Filter\s*(\[\s*)?\/([A-Za-z0-9]+)(\s*\])?/.exec(dict);
      if (filter && filter[2] === "FlateDecode") {
        if (/\/DecodeParms/.test(dict)) continue;
        try { data = await inflate(data, MAX_INFLATED, "damaged"); } catch (e) { continue; }
      } else if (filter) {
        continue;
      }
      if (data.length > MAX_JSON) continue;  // the evidence: not needed here
      var doc;
      try { doc = parseJson(fromUtf8(data)); } catch (e) { continue; }
      if (doc !== undefined) docs.push(doc);
    }
    var credentials = docs.filter(function (d) { return d === BROKEN || isCredential(d); });
    return credentials.length ? credentials[0] : (docs.filter(isCard)[0]);
  }
  // The text of the QR code in a picture, or null.
  async function qrFromPicture(blob) {
    var picture;
    try { picture = await createImageBitmap(blob); } catch (e) { throw new Problem("damaged"); }
    try {
      if (typeof BarcodeDetector !== "undefined") {
        try {
          var codes = await new BarcodeDetector({formats: ["qr_code"]}).detect(picture);
          if (codes.length && codes[0].rawValue) return codes[0].rawValue;
        } catch (e) { /* not for this picture: jsQR next */ }
      }
      // A photo's QR code is often read more easily smaller: at most 1600, then 800, then 400 pixels.
      var sides = [MAX_IMAGE_SIDE, 800, 400], longest = Math.max(picture.width, picture.height), tried = 0;
      for (var i = 0; i < sides.length; i++) {
        var scale = Math.min(1, sides[i] / longest);
        if (scale === tried) continue;
        tried = scale;
        var found = qrFromFrame(picture, Math.round(picture.width * scale), Math.round(picture.height * scale));
        if (found) return found;
      }
      return null;
    } finally {
      if (picture.close) picture.close();
    }
  }
  var canvas = document.createElement("canvas");
  function qrFromFrame(source, width, height) {
    if (width < 21 || height < 21) return null;
    canvas.width = width;
    canvas.height = height;
    var context = canvas.getContext("2d", {willReadFrequently: true});
    context.fillStyle = "#fff";
    context.fillRect(0, 0, width, height);
    context.drawImage(source, 0, 0, width, height);
    var pixels = context.getImageData(0, 0, width, height);
    var code = window.jsQR(pixels.data, width, height, {inversionAttempts: "attemptBoth"});
    return code && code.data ? code.data : null;
  }

  async function documentFromFile(file) {
    if (file.size > MAX_FILE) throw new Problem("tooBig");
    var bytes = new Uint8Array(await file.arrayBuffer());
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n")) {
      var baked = await fromPng(bytes);
      if (baked !== null) return parseJson(baked);
      return await documentFromPicture(file);  // a photo of the QR code, as a PNG
    }
    if (startsWith(bytes, "%PDF")) {
      var inPdf = await fromPdf(bytes);
      if (inPdf === undefined) throw new Problem("noPdfCredential");
      return inPdf;
    }
    if (startsWith(bytes, "\xFF\xD8\xFF") || startsWith(bytes, "GIF8") || startsWith(bytes, "BM") ||
        (startsWith(bytes, "RIFF") && bytes.length > 12 && String.fromCharCode.apply(null, bytes.subarray(8, 12)) === "WEBP") ||
        /^image\//.test(file.type)) {
      return await documentFromPicture(file);
    }
    if (bytes.length > MAX_JSON) throw new Problem("damaged");
    var written;
    try { written = fromUtf8(bytes); } catch (e) { throw new Problem("damaged"); }
    return await fromText(written);
  }
  async function documentFromPicture(blob) {
    var found = await qrFromPicture(blob);
    if (found === null) throw new Problem("noQr");
    return await fromText(found);
  }

  // -- the page -----------------------------------------------------------------------------
  var language = "en";
  var shown = null;   // what the result area shows, to draw again in another language
  var lastCredential = null;  // checked again when a centre card is opened
  function $(id) { return document.getElementById(id); }
  function t(key, params) {
    var table = STRINGS[language] || STRINGS.en;
    var s = table[key] !== undefined ? table[key] : STRINGS.en[key];
    return String(s).replace(/\{(\w+)\}/g, function (all, name) {
      return params && params[name] !== undefined ? params[name] : all;
    });
  }
  function formatDate(v) {
    var ms = typeof v === "number" ? v : parseMoment(v);
    if (ms === null) return text(v);
    try {
      return new Intl.DateTimeFormat(language, {year: "numeric", month: "long", day: "numeric", timeZone: "UTC"})
        .format(new Date(ms));
    } catch (e) {
      return new Date(ms).toISOString().slice(0, 10);
    }
  }
  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return node;
  }

  var VERDICT_LOOK = {  // the sign beside the words, so that colour is never the only cue
    valid: ["good", "✓"], tampered: ["bad", "✗"], revoked: ["bad", "✗"], unknown: ["warn", "?"],
    expired: ["warn", "!"], notCredential: ["none", "–"], noCrypto: ["warn", "!"], problem: ["none", "–"],
    cardAdded: ["good", "✓"], cardRefused: ["bad", "✗"]
  };
  function draw() {
    var area = $("result");
    area.textContent = "";
    if (!shown) { area.hidden = true; return; }
    area.hidden = false;
    var r = shown, look = VERDICT_LOOK[r.verdict];
    var title, explanation;
    if (r.verdict === "problem") {
      title = t("notCredential");
      explanation = t(r.key);
    } else if (r.verdict === "cardAdded" || r.verdict === "cardRefused") {
      title = t(r.verdict);
      explanation = t(r.verdict + "Text", {centre: r.cardName || "?", place: r.cardPlace || "?"});
    } else {
      title = t(r.verdict);
      var entry = r.entry || {};
      explanation = t(r.verdict + "Text", {
        centre: r.centre, fingerprint: r.fingerprint || "",
        date: r.verdict === "revoked" ? formatDate(entry.on) : formatDate(r.said ? r.said.validUntil : ""),
        reason: entry.reason === "replaced" ? t("reasonReplaced") : t("reasonCompromised")
      });
    }
    area.className = "result " + look[0];
    area.setAttribute("data-verdict", r.verdict);
    area.appendChild(element("div", {"class": "verdict-line"}, [
      element("span", {"class": "sign", "aria-hidden": "true"}, [look[1]]),
      element("h2", {id: "verdict"}, [title])
    ]));
    area.appendChild(element("p", {id: "explanation", "class": "explanation"}, [explanation]));
    if (r.said) area.appendChild(details(r));
    if (r.checked) area.appendChild(element("p", {"class": "note"}, [t("checkedOn", {date: formatDate(r.checked)})]));
  }
  function details(r) {
    var said = r.said, rows = [];
    function row(key, value, id) {
      if (value === "" || value === undefined || value === null) return;
      var cell = element("dd", {id: "field-" + id}, []);
      if (Array.isArray(value)) {
        if (!value.length) return;
        value.forEach(function (v, i) { if (i) cell.appendChild(element("br")); cell.appendChild(document.createTextNode(v)); });
      } else {
        cell.textContent = value;
      }
      rows.push(element("dt", {}, [t(key)]), cell);
    }
    row("learner", said.learner, "learner");
    row("achievement", said.achievement, "achievement");
    row("results", said.results.map(function (r) { return r[0] ? r[0] + t("colon") + r[1] : r[1]; }), "results");
    row("date", said.date ? formatDate(said.date) : "", "date");
    row("centre", said.centre, "centre");
    row("place", said.place, "place");
    row("validUntil", said.validUntil ? formatDate(said.validUntil) : t("noEnd"), "valid-until");
    if (r.fingerprint) row("fingerprint", r.fingerprint, "fingerprint");
    if (r.card && (r.verdict === "valid" || r.verdict === "expired")) {
      row("trustedAs", r.card.name + (r.card.place ? ", " + r.card.place : ""), "card");
    }
    row("howAssessed", said.howAssessed, "how-assessed");
    var untrusted = r.verdict === "tampered" || r.verdict === "noCrypto";
    var box = element("section", {"class": "said" + (untrusted ? " untrusted" : "")}, [
      element("h3", {}, [t(untrusted ? "whatItSaysUntrusted" : "whatItSays")]),
      element("dl", {}, rows)
    ]);
    if (r.verdict === "valid") box.appendChild(element("p", {"class": "note"}, [t("attestation")]));
    return box;
  }
  function drawTrusted() {
    var list = $("trusted-list");
    list.textContent = "";
    var counted = newestPerCentre();
    $("trusted-none").hidden = counted.length > 0;
    $("trusted-intro").hidden = counted.length === 0;
    counted.forEach(function (entry) {
      var card = entry.card;
      list.appendChild(element("li", {"data-key": card.key}, [
        element("strong", {}, [text(card.name, 120)]),
        (card.place ? ", " + text(card.place, 120) : "") + " (" + t(entry.source === "page" ? "fromPage" : "fromVisit") + ")",
        element("br"),
        t("fingerprint") + t("colon"),
        element("span", {"class": "fingerprint"}, [fingerprint(card.key)])
      ]));
    });
    var warning = $("trusted-warning");
    var words = [];
    if (pageDamaged) words.push(t("embeddedDamaged"));
    if (pageRefused) words.push(t("embeddedRefused", {count: pageRefused}));
    warning.textContent = words.join(" ");
    warning.hidden = words.length === 0;
  }
  function setLanguage(code) {
    language = STRINGS[code] ? code : "en";
    document.documentElement.lang = language;
    document.documentElement.dir = RIGHT_TO_LEFT[language] ? "rtl" : "ltr";
    document.title = t("pageTitle");
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (node) {
      node.textContent = t(node.getAttribute("data-i18n"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n-label]"), function (node) {
      node.setAttribute("aria-label", t(node.getAttribute("data-i18n-label")));
    });
    $("language").value = language;
    draw();
    drawTrusted();
  }

  var busy = 0;
  async function show(work) {
    busy++;
    $("status").textContent = t("checking");
    document.body.setAttribute("data-busy", "true");
    try {
      shown = await work();
      if (shown) shown.checked = Date.now();
    } catch (e) {
      shown = {verdict: "problem", key: e instanceof Problem ? e.key : "damaged"};
    } finally {
      busy--;
      $("status").textContent = "";
      if (!busy) document.body.removeAttribute("data-busy");
    }
    draw();
    if (shown) $("result").scrollIntoView({block: "start"});
  }
  async function consider(doc) {
    if (doc === undefined) return {verdict: "notCredential"};
    if (doc === BROKEN) return {verdict: "tampered", centre: "?"};
    if (isCard(doc)) {
      if (!await hasEd25519()) return {verdict: "noCrypto"};
      if (!await cardIsGood(doc)) return {verdict: "cardRefused"};
      trusted.push({card: doc, source: "visit"});
      drawTrusted();
      if (lastCredential) {
        return await judge(lastCredential, Date.now());
      }
      return {verdict: "cardAdded", cardName: text(doc.name, 120), cardPlace: text(doc.place, 120)};
    }
    if (isCredential(doc)) lastCredential = doc;
    return await judge(doc, Date.now());
  }
  function openFile(file) {
    if (!file) return;
    show(async function () { return await consider(await documentFromFile(file)); });
  }
  function checkPasted() {
    var written = $("pasted").value;
    if (!written.trim()) { shown = {verdict: "problem", key: "empty"}; draw(); return; }
    show(async function () { return await consider(await fromText(written)); });
  }

  // The camera: a frame every 300 ms through jsQR until a code is read or the person stops.
  var camera = null;
  async function startCamera() {
    var video = $("camera-view");
    try {
      camera = await navigator.mediaDevices.getUserMedia({video: {facingMode: "environment"}, audio: false});
    } catch (e) {
      camera = null;
      $("camera-message").textContent = t("noCamera");
      return;
    }
    video.srcObject = camera;
    $("camera-box").hidden = false;
    $("scan").hidden = true;
    $("camera-message").textContent = t("scanning");
    try { await video.play(); } catch (e) { /* shown muted; play() may be refused once */ }
    var tick = function () {
      if (!camera) return;
      if (video.videoWidth) {
        var scale = Math.min(1, 800 / Math.max(video.videoWidth, video.videoHeight));
        var found = qrFromFrame(video, Math.round(video.videoWidth * scale), Math.round(video.videoHeight * scale));
        if (found) {
          stopCamera();
          $("pasted").value = found;
          show(async function () { return await consider(await fromText(found)); });
          return;
        }
      }
      setTimeout(tick, 300);
    };
    tick();
  }
  function stopCamera() {
    if (camera) camera.getTracks().forEach(function (track) { track.stop(); });
    camera = null;
    $("camera-view").srcObject = null;
    $("camera-box").hidden = true;
    $("scan").hidden = false;
    $("camera-message").textContent = "";
  }

  async function loadPageCards() {
    var listed;
    try {
      listed = JSON.parse($("tutor-trusted-centres").textContent);
      if (!Array.isArray(listed)) throw new Error("not a list");
    } catch (e) {
      pageDamaged = true;
      return;
    }
    listed = listed.slice(0, 1000);
    if (listed.length && !await hasEd25519()) return;
    for (var i = 0; i < listed.length; i++) {
      var good = false;
      try { good = await cardIsGood(listed[i]); } catch (e) { good = false; }
      if (good) trusted.push({card: listed[i], source: "page"}); else pageRefused++;
    }
  }

  // The pure pieces, for the tests (and for anyone who wants to check them by hand in the console).
  window.TutorVerifier = Object.freeze({canonical: canonical, base45: base45, base58: base58,
    fingerprint: fingerprint, didKeyBytes: didKeyBytes, checkProof: checkProof});

  function start() {
    var select = $("language");
    Object.keys(STRINGS).forEach(function (code) {
      select.appendChild(element("option", {value: code, lang: code}, [LANGUAGE_NAMES[code] || code]));
    });
    var wanted = (location.hash.match(/lang=(\w+)/) || [])[1] ||
      (navigator.languages || [navigator.language || "en"]).map(function (l) { return String(l).slice(0, 2); })
        .filter(function (l) { return STRINGS[l]; })[0];
    select.addEventListener("change", function () { setLanguage(select.value); });
    $("file").addEventListener("change", function (e) { openFile(e.target.files[0]); e.target.value = ""; });
    $("card-file").addEventListener("change", function (e) { openFile(e.target.files[0]); e.target.value = ""; });
    $("open").addEventListener("click", function () { $("file").click(); });
    $("open-card").addEventListener("click", function () { $("card-file").click(); });
    $("check").addEventListener("click", checkPasted);
    $("print").addEventListener("click", function () { window.print(); });
    var zone = $("drop-zone");
    ["dragenter", "dragover"].forEach(function (name) {
      document.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      document.addEventListener(name, function (e) { e.preventDefault(); zone.classList.remove("over"); });
    });
    document.addEventListener("drop", function (e) {
      if (e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files.length) {
        openFile(e.dataTransfer.files[0]);
      } else if (e.dataTransfer) {
        var dropped = e.dataTransfer.getData("text/plain");
        if (dropped) { $("pasted").value = dropped; checkPasted(); }
      }
    });
    if (navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
      $("scan").hidden = false;
      $("scan").addEventListener("click", startCamera);
      $("stop-scan").addEventListener("click", stopCamera);
    }
    setLanguage(wanted || "en");
    show(async function () {
      await loadPageCards();
      drawTrusted();
      return null;
    }).then(function () { document.body.setAttribute("data-ready", "true"); });
  }
  start();
})();
