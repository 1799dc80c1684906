export const id = 987;
export const ids = [987];
export const modules = {

/***/ 3242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

var __webpack_unused_export__;
const { toUint8Array, concatBytes } = __webpack_require__(2430);
const { createHmac, createHash } = __webpack_require__(7598);
const { Sha256, Sha256Js, Sha256Node } = __webpack_require__(9542);
__webpack_unused_export__ = Sha256;
__webpack_unused_export__ = Sha256Js;
__webpack_unused_export__ = Sha256Node;

const BLOCK$1 = 64;
const DIGEST_LENGTH$1 = 20;
const INIT$1 = new Int32Array([0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]);
const K$1 = new Int32Array([0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6]);
class Sha1Js {
    digestLength = DIGEST_LENGTH$1;
    state = Int32Array.from(INIT$1);
    w;
    buffer = new Uint8Array(BLOCK$1);
    bufferLength = 0;
    bytesHashed = 0;
    finished = false;
    inner;
    outer;
    constructor(secret) {
        if (secret) {
            const key = Sha1Js.normalizeKey(secret);
            this.inner = new Sha1Js();
            this.outer = new Sha1Js();
            const pad = new Uint8Array(BLOCK$1 * 2);
            for (let i = 0; i < BLOCK$1; ++i) {
                pad[i] = 0x36 ^ key[i];
                pad[i + BLOCK$1] = 0x5c ^ key[i];
            }
            this.inner.update(pad.subarray(0, BLOCK$1));
            this.outer.update(pad.subarray(BLOCK$1));
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.inner) {
            this.inner.update(data);
            return;
        }
        let pos = 0;
        let { length } = data;
        this.bytesHashed += length;
        if (this.bufferLength > 0) {
            while (length > 0 && this.bufferLength < BLOCK$1) {
                this.buffer[this.bufferLength++] = data[pos++];
                --length;
            }
            if (this.bufferLength === BLOCK$1) {
                this.hashBuffer(this.buffer, 0);
                this.bufferLength = 0;
            }
        }
        while (length >= BLOCK$1) {
            this.hashBuffer(data, pos);
            pos += BLOCK$1;
            length -= BLOCK$1;
        }
        while (length > 0) {
            this.buffer[this.bufferLength++] = data[pos++];
            --length;
        }
    }
    async digest() {
        if (this.inner && this.outer) {
            if (this.finished) {
                throw new Error("Attempted to digest an already finished HMAC.");
            }
            this.finished = true;
            const innerDigest = this.inner.digestSync();
            this.outer.update(innerDigest);
            return this.outer.digestSync();
        }
        return this.digestSync();
    }
    reset() {
        this.state = Int32Array.from(INIT$1);
        this.buffer = new Uint8Array(BLOCK$1);
        this.bufferLength = 0;
        this.bytesHashed = 0;
    }
    digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHi = (this.bytesHashed / 0x20000000) | 0;
        const bitsLo = this.bytesHashed << 3;
        buffer[bufferLength++] = 0x80;
        if (bufferLength > BLOCK$1 - 8) {
            for (let i = bufferLength; i < BLOCK$1; ++i) {
                buffer[i] = 0;
            }
            this.hashBufferWith(state, buffer, 0);
            bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK$1 - 8; ++i) {
            buffer[i] = 0;
        }
        const v = new DataView(buffer.buffer, buffer.byteOffset, BLOCK$1);
        v.setUint32(BLOCK$1 - 8, bitsHi, false);
        v.setUint32(BLOCK$1 - 4, bitsLo, false);
        this.hashBufferWith(state, buffer, 0);
        const out = new Uint8Array(DIGEST_LENGTH$1);
        out[0] = (state[0] >>> 24) & 0xff;
        out[1] = (state[0] >>> 16) & 0xff;
        out[2] = (state[0] >>> 8) & 0xff;
        out[3] = state[0] & 0xff;
        out[4] = (state[1] >>> 24) & 0xff;
        out[5] = (state[1] >>> 16) & 0xff;
        out[6] = (state[1] >>> 8) & 0xff;
        out[7] = state[1] & 0xff;
        out[8] = (state[2] >>> 24) & 0xff;
        out[9] = (state[2] >>> 16) & 0xff;
        out[10] = (state[2] >>> 8) & 0xff;
        out[11] = state[2] & 0xff;
        out[12] = (state[3] >>> 24) & 0xff;
        out[13] = (state[3] >>> 16) & 0xff;
        out[14] = (state[3] >>> 8) & 0xff;
        out[15] = state[3] & 0xff;
        out[16] = (state[4] >>> 24) & 0xff;
        out[17] = (state[4] >>> 16) & 0xff;
        out[18] = (state[4] >>> 8) & 0xff;
        out[19] = state[4] & 0xff;
        return out;
    }
    static normalizeKey(secret) {
        const key = toUint8Array(secret);
        if (key.byteLength > BLOCK$1) {
            const h = new Sha1Js();
            h.update(key);
            const digest = h.digestSync();
            const padded = new Uint8Array(BLOCK$1);
            padded.set(digest);
            return padded;
        }
        const padded = new Uint8Array(BLOCK$1);
        padded.set(key);
        return padded;
    }
    hashBuffer(data, offset) {
        this.hashBufferWith(this.state, data, offset);
    }
    hashBufferWith(state, data, offset) {
        const w = (this.w ??= new Int32Array(80));
        let s0 = state[0], s1 = state[1], s2 = state[2], s3 = state[3], s4 = state[4];
        for (let t = 0; t < 16; ++t) {
            w[t] =
                ((data[offset + t * 4] & 0xff) << 24) |
                    ((data[offset + t * 4 + 1] & 0xff) << 16) |
                    ((data[offset + t * 4 + 2] & 0xff) << 8) |
                    (data[offset + t * 4 + 3] & 0xff);
        }
        for (let t = 16; t < 80; ++t) {
            const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
            w[t] = (x << 1) | (x >>> 31);
        }
        for (let t = 0; t < 80; ++t) {
            const r = t < 20 ? 0 : t < 40 ? 1 : t < 60 ? 2 : 3;
            const temp = (((((s0 << 5) | (s0 >>> 27)) +
                (r === 0 ? (s1 & s2) ^ (~s1 & s3) : r === 2 ? (s1 & s2) ^ (s1 & s3) ^ (s2 & s3) : s1 ^ s2 ^ s3)) |
                0) +
                ((s4 + ((K$1[r] + w[t]) | 0)) | 0)) |
                0;
            s4 = s3;
            s3 = s2;
            s2 = (s1 << 30) | (s1 >>> 2);
            s1 = s0;
            s0 = temp;
        }
        state[0] = (state[0] + s0) | 0;
        state[1] = (state[1] + s1) | 0;
        state[2] = (state[2] + s2) | 0;
        state[3] = (state[3] + s3) | 0;
        state[4] = (state[4] + s4) | 0;
    }
}

const hasNativeCrypto = (() => {
    try {
        createHash("sha1");
        return true;
    }
    catch {
        return false;
    }
})();
const Sha1Node = hasNativeCrypto ? buildNativeClass() : Sha1Js;
function buildNativeClass() {
    return class Sha1Node {
        digestLength = 20;
        secret;
        hash;
        isHmac;
        finished = false;
        constructor(secret) {
            this.secret = secret;
            this.isHmac = !!secret;
            this.hash = this.createHash();
        }
        update(data) {
            if (this.finished) {
                throw new Error("Attempted to update an already finished hash.");
            }
            this.hash.update(data);
        }
        async digest() {
            let buf;
            if (this.isHmac) {
                this.finished = true;
                buf = this.hash.digest();
            }
            else {
                buf = this.hash.copy().digest();
            }
            return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
        }
        reset() {
            this.hash = this.createHash();
            this.finished = false;
        }
        createHash() {
            return this.secret ? createHmac("sha1", toBuffer$1(this.secret)) : createHash("sha1");
        }
    };
}
function toBuffer$1(data) {
    if (typeof data === "string") {
        return data;
    }
    if (ArrayBuffer.isView(data)) {
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    return Buffer.from(data);
}

const { digest: digest$1, sign: sign$1, importKey: importKey$1 } = globalThis?.crypto?.subtle ?? {};
const subtle$1 = typeof digest$1 === "function" && typeof sign$1 === "function" && typeof importKey$1 === "function"
    ? globalThis.crypto.subtle
    : undefined;
const MAX_PENDING_BYTES$1 = 8 * 1024 * 1024;
class Sha1WebCrypto {
    digestLength = 20;
    secret;
    pending = [];
    pendingBytes = 0;
    fallback;
    finished = false;
    constructor(secret) {
        if (secret) {
            this.secret = toUint8Array(secret);
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.fallback) {
            this.fallback.update(data);
            return;
        }
        this.pending.push(data.slice());
        this.pendingBytes += data.byteLength;
        if (this.pendingBytes >= MAX_PENDING_BYTES$1) {
            this.switchToFallback();
        }
    }
    async digest() {
        if (this.fallback) {
            return this.fallback.digest();
        }
        if (this.secret && this.finished) {
            throw new Error("Attempted to digest an already finished HMAC.");
        }
        const data = concatBytes(this.pending);
        if (subtle$1) {
            if (this.secret) {
                this.finished = true;
                const key = await subtle$1.importKey("raw", this.secret, { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
                const sig = await subtle$1.sign("HMAC", key, data);
                return new Uint8Array(sig);
            }
            const hash = await subtle$1.digest("SHA-1", data);
            return new Uint8Array(hash);
        }
        const sha1 = new Sha1Js(this.secret);
        sha1.update(data);
        return sha1.digest();
    }
    reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.fallback = undefined;
        this.finished = false;
    }
    switchToFallback() {
        const sha1Js = new Sha1Js(this.secret);
        for (const chunk of this.pending) {
            sha1Js.update(chunk);
        }
        this.fallback = sha1Js;
        this.pending = [];
        this.pendingBytes = 0;
    }
}

const BLOCK = 128;
const DIGEST_LENGTH = 64;
const MAX_HASHABLE_LENGTH = 2 ** 53 - 1;
const INIT = new Uint32Array([
    0x6a09e667, 0xf3bcc908, 0xbb67ae85, 0x84caa73b, 0x3c6ef372, 0xfe94f82b, 0xa54ff53a, 0x5f1d36f1, 0x510e527f,
    0xade682d1, 0x9b05688c, 0x2b3e6c1f, 0x1f83d9ab, 0xfb41bd6b, 0x5be0cd19, 0x137e2179,
]);
const K = new Uint32Array([
    0x428a2f98, 0xd728ae22, 0x71374491, 0x23ef65cd, 0xb5c0fbcf, 0xec4d3b2f, 0xe9b5dba5, 0x8189dbbc,
    0x3956c25b, 0xf348b538, 0x59f111f1, 0xb605d019, 0x923f82a4, 0xaf194f9b, 0xab1c5ed5, 0xda6d8118,
    0xd807aa98, 0xa3030242, 0x12835b01, 0x45706fbe, 0x243185be, 0x4ee4b28c, 0x550c7dc3, 0xd5ffb4e2,
    0x72be5d74, 0xf27b896f, 0x80deb1fe, 0x3b1696b1, 0x9bdc06a7, 0x25c71235, 0xc19bf174, 0xcf692694,
    0xe49b69c1, 0x9ef14ad2, 0xefbe4786, 0x384f25e3, 0x0fc19dc6, 0x8b8cd5b5, 0x240ca1cc, 0x77ac9c65,
    0x2de92c6f, 0x592b0275, 0x4a7484aa, 0x6ea6e483, 0x5cb0a9dc, 0xbd41fbd4, 0x76f988da, 0x831153b5,
    0x983e5152, 0xee66dfab, 0xa831c66d, 0x2db43210, 0xb00327c8, 0x98fb213f, 0xbf597fc7, 0xbeef0ee4,
    0xc6e00bf3, 0x3da88fc2, 0xd5a79147, 0x930aa725, 0x06ca6351, 0xe003826f, 0x14292967, 0x0a0e6e70,
    0x27b70a85, 0x46d22ffc, 0x2e1b2138, 0x5c26c926, 0x4d2c6dfc, 0x5ac42aed, 0x53380d13, 0x9d95b3df,
    0x650a7354, 0x8baf63de, 0x766a0abb, 0x3c77b2a8, 0x81c2c92e, 0x47edaee6, 0x92722c85, 0x1482353b,
    0xa2bfe8a1, 0x4cf10364, 0xa81a664b, 0xbc423001, 0xc24b8b70, 0xd0f89791, 0xc76c51a3, 0x0654be30,
    0xd192e819, 0xd6ef5218, 0xd6990624, 0x5565a910, 0xf40e3585, 0x5771202a, 0x106aa070, 0x32bbd1b8,
    0x19a4c116, 0xb8d2d0c8, 0x1e376c08, 0x5141ab53, 0x2748774c, 0xdf8eeb99, 0x34b0bcb5, 0xe19b48a8,
    0x391c0cb3, 0xc5c95a63, 0x4ed8aa4a, 0xe3418acb, 0x5b9cca4f, 0x7763e373, 0x682e6ff3, 0xd6b2b8a3,
    0x748f82ee, 0x5defb2fc, 0x78a5636f, 0x43172f60, 0x84c87814, 0xa1f0ab72, 0x8cc70208, 0x1a6439ec,
    0x90befffa, 0x23631e28, 0xa4506ceb, 0xde82bde9, 0xbef9a3f7, 0xb2c67915, 0xc67178f2, 0xe372532b,
    0xca273ece, 0xea26619c, 0xd186b8c7, 0x21c0c207, 0xeada7dd6, 0xcde0eb1e, 0xf57d4f7f, 0xee6ed178,
    0x06f067aa, 0x72176fba, 0x0a637dc5, 0xa2c898a6, 0x113f9804, 0xbef90dae, 0x1b710b35, 0x131c471b,
    0x28db77f5, 0x23047d84, 0x32caab7b, 0x40c72493, 0x3c9ebe0a, 0x15c9bebc, 0x431d67c4, 0x9c100d4c,
    0x4cc5d4be, 0xcb3e42b6, 0x597f299c, 0xfc657e2a, 0x5fcb6fab, 0x3ad6faec, 0x6c44198c, 0x4a475817,
]);
class Sha512Js {
    digestLength = DIGEST_LENGTH;
    state = Uint32Array.from(INIT);
    w;
    buffer = new Uint8Array(BLOCK);
    bufferLength = 0;
    bytesHashed = 0;
    finished = false;
    key;
    inner;
    outer;
    constructor(secret) {
        if (secret !== undefined) {
            this.key = Sha512Js.normalizeKey(secret);
            this.initHmac();
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.inner) {
            this.inner.update(data);
            return;
        }
        const chunk = toUint8Array(data);
        let position = 0;
        let { byteLength } = chunk;
        this.bytesHashed += byteLength;
        if (this.bytesHashed * 8 > MAX_HASHABLE_LENGTH) {
            throw new Error("Cannot hash more than 2^53 - 1 bits");
        }
        while (byteLength > 0) {
            this.buffer[this.bufferLength++] = chunk[position++];
            byteLength--;
            if (this.bufferLength === BLOCK) {
                this.hashBuffer();
                this.bufferLength = 0;
            }
        }
    }
    async digest() {
        if (this.inner && this.outer) {
            if (this.finished) {
                throw new Error("Attempted to digest an already finished HMAC.");
            }
            this.finished = true;
            const innerDigest = this.inner.digestSync();
            this.outer.update(innerDigest);
            return this.outer.digestSync();
        }
        return this.digestSync();
    }
    reset() {
        this.state = Uint32Array.from(INIT);
        this.buffer = new Uint8Array(BLOCK);
        this.bufferLength = 0;
        this.bytesHashed = 0;
        this.finished = false;
        if (this.key) {
            this.initHmac();
        }
    }
    initHmac() {
        const key = this.key;
        this.inner = new Sha512Js();
        this.outer = new Sha512Js();
        const pad = new Uint8Array(BLOCK * 2);
        for (let i = 0; i < BLOCK; ++i) {
            pad[i] = 0x36 ^ key[i];
            pad[i + BLOCK] = 0x5c ^ key[i];
        }
        this.inner.update(pad.subarray(0, BLOCK));
        this.outer.update(pad.subarray(BLOCK));
    }
    digestSync() {
        const state = this.state.slice();
        const buffer = this.buffer.slice();
        let bufferLength = this.bufferLength;
        const bitsHashed = this.bytesHashed * 8;
        const bitsHi = Math.floor(bitsHashed / 0x100000000);
        const bitsLo = bitsHashed >>> 0;
        buffer[bufferLength++] = 0x80;
        if (bufferLength > BLOCK - 16) {
            for (let i = bufferLength; i < BLOCK; ++i) {
                buffer[i] = 0;
            }
            this.hashBufferWith(state, buffer);
            bufferLength = 0;
        }
        for (let i = bufferLength; i < BLOCK - 8; ++i) {
            buffer[i] = 0;
        }
        const v = new DataView(buffer.buffer, buffer.byteOffset, BLOCK);
        v.setUint32(BLOCK - 8, bitsHi, false);
        v.setUint32(BLOCK - 4, bitsLo, false);
        this.hashBufferWith(state, buffer);
        const out = new Uint8Array(DIGEST_LENGTH);
        const dv = new DataView(out.buffer);
        for (let i = 0; i < 16; ++i) {
            dv.setUint32(i * 4, state[i], false);
        }
        return out;
    }
    static normalizeKey(secret) {
        const key = toUint8Array(secret);
        if (key.byteLength > BLOCK) {
            const h = new Sha512Js();
            h.update(key);
            const padded = new Uint8Array(BLOCK);
            padded.set(h.digestSync());
            return padded;
        }
        const padded = new Uint8Array(BLOCK);
        padded.set(key);
        return padded;
    }
    hashBuffer() {
        this.hashBufferWith(this.state, this.buffer);
    }
    hashBufferWith(state, buffer) {
        const w = (this.w ??= new Uint32Array(160));
        const v = new Uint32Array(16);
        for (let i = 0; i < 16; ++i) {
            v[i] = state[i];
        }
        for (let i = 0; i < 16; ++i) {
            const o = i * 8;
            w[i * 2] = ((buffer[o] << 24) | (buffer[o + 1] << 16) | (buffer[o + 2] << 8) | buffer[o + 3]) >>> 0;
            w[i * 2 + 1] = ((buffer[o + 4] << 24) | (buffer[o + 5] << 16) | (buffer[o + 6] << 8) | buffer[o + 7]) >>> 0;
        }
        for (let i = 16; i < 80; ++i) {
            const g15h = w[(i - 15) * 2];
            const g15l = w[(i - 15) * 2 + 1];
            const s0h = rotrH(g15h, g15l, 1) ^ rotrH(g15h, g15l, 8) ^ shrH(g15h, 7);
            const s0l = rotrL(g15h, g15l, 1) ^ rotrL(g15h, g15l, 8) ^ shrL(g15h, g15l, 7);
            const g2h = w[(i - 2) * 2];
            const g2l = w[(i - 2) * 2 + 1];
            const s1h = rotrH(g2h, g2l, 19) ^ rotrH(g2h, g2l, 61) ^ shrH(g2h, 6);
            const s1l = rotrL(g2h, g2l, 19) ^ rotrL(g2h, g2l, 61) ^ shrL(g2h, g2l, 6);
            const w7h = w[(i - 7) * 2];
            const w7l = w[(i - 7) * 2 + 1];
            const w16h = w[(i - 16) * 2];
            const w16l = w[(i - 16) * 2 + 1];
            let lo = (w16l >>> 0) + (s0l >>> 0);
            let hi = (w16h >>> 0) + (s0h >>> 0) + (lo > 0xffffffff ? 1 : 0);
            lo = (lo >>> 0) + (w7l >>> 0);
            hi = (hi >>> 0) + (w7h >>> 0) + (lo > 0xffffffff ? 1 : 0);
            lo = (lo >>> 0) + (s1l >>> 0);
            hi = (hi >>> 0) + (s1h >>> 0) + (lo > 0xffffffff ? 1 : 0);
            w[i * 2] = hi >>> 0;
            w[i * 2 + 1] = lo >>> 0;
        }
        let ah = v[0], al = v[1], bh = v[2], bl = v[3], ch = v[4], cl = v[5], dh = v[6], dl = v[7], eh = v[8], el = v[9], fh = v[10], fl = v[11], gh = v[12], gl = v[13], hh = v[14], hl = v[15];
        for (let i = 0; i < 80; ++i) {
            const s1h = rotrH(eh, el, 14) ^ rotrH(eh, el, 18) ^ rotrH(eh, el, 41);
            const s1l = rotrL(eh, el, 14) ^ rotrL(eh, el, 18) ^ rotrL(eh, el, 41);
            const chh = (eh & fh) ^ (~eh & gh);
            const chl = (el & fl) ^ (~el & gl);
            let t1l = (hl >>> 0) + (s1l >>> 0);
            let t1h = (hh >>> 0) + (s1h >>> 0) + (t1l > 0xffffffff ? 1 : 0);
            t1l = (t1l >>> 0) + (chl >>> 0);
            t1h = (t1h >>> 0) + (chh >>> 0) + (t1l > 0xffffffff ? 1 : 0);
            t1l = (t1l >>> 0) + (K[i * 2 + 1] >>> 0);
            t1h = (t1h >>> 0) + (K[i * 2] >>> 0) + (t1l > 0xffffffff ? 1 : 0);
            t1l = (t1l >>> 0) + (w[i * 2 + 1] >>> 0);
            t1h = (t1h >>> 0) + (w[i * 2] >>> 0) + (t1l > 0xffffffff ? 1 : 0);
            const s0h = rotrH(ah, al, 28) ^ rotrH(ah, al, 34) ^ rotrH(ah, al, 39);
            const s0l = rotrL(ah, al, 28) ^ rotrL(ah, al, 34) ^ rotrL(ah, al, 39);
            const majh = (ah & bh) ^ (ah & ch) ^ (bh & ch);
            const majl = (al & bl) ^ (al & cl) ^ (bl & cl);
            let t2l = (s0l >>> 0) + (majl >>> 0);
            let t2h = (s0h >>> 0) + (majh >>> 0) + (t2l > 0xffffffff ? 1 : 0);
            t2l = t2l >>> 0;
            t2h = t2h >>> 0;
            hh = gh;
            hl = gl;
            gh = fh;
            gl = fl;
            fh = eh;
            fl = el;
            let el2 = (dl >>> 0) + (t1l >>> 0);
            let eh2 = (dh >>> 0) + (t1h >>> 0) + (el2 > 0xffffffff ? 1 : 0);
            eh = eh2 >>> 0;
            el = el2 >>> 0;
            dh = ch;
            dl = cl;
            ch = bh;
            cl = bl;
            bh = ah;
            bl = al;
            let al2 = (t1l >>> 0) + (t2l >>> 0);
            let ah2 = (t1h >>> 0) + (t2h >>> 0) + (al2 > 0xffffffff ? 1 : 0);
            ah = ah2 >>> 0;
            al = al2 >>> 0;
        }
        addInto(state, 0, ah, al);
        addInto(state, 1, bh, bl);
        addInto(state, 2, ch, cl);
        addInto(state, 3, dh, dl);
        addInto(state, 4, eh, el);
        addInto(state, 5, fh, fl);
        addInto(state, 6, gh, gl);
        addInto(state, 7, hh, hl);
    }
}
function addInto(state, slot, vh, vl) {
    const i = slot * 2;
    const lo = (state[i + 1] >>> 0) + (vl >>> 0);
    const hi = (state[i] >>> 0) + (vh >>> 0) + (lo > 0xffffffff ? 1 : 0);
    state[i] = hi >>> 0;
    state[i + 1] = lo >>> 0;
}
function rotrH(hi, lo, n) {
    if (n < 32) {
        return ((hi >>> n) | (lo << (32 - n))) >>> 0;
    }
    if (n === 32) {
        return lo >>> 0;
    }
    return ((lo >>> (n - 32)) | (hi << (64 - n))) >>> 0;
}
function rotrL(hi, lo, n) {
    if (n < 32) {
        return ((lo >>> n) | (hi << (32 - n))) >>> 0;
    }
    if (n === 32) {
        return hi >>> 0;
    }
    return ((hi >>> (n - 32)) | (lo << (64 - n))) >>> 0;
}
function shrH(hi, n) {
    if (n < 32) {
        return hi >>> n;
    }
    return 0;
}
function shrL(hi, lo, n) {
    if (n < 32) {
        return ((lo >>> n) | (hi << (32 - n))) >>> 0;
    }
    if (n === 32) {
        return hi >>> 0;
    }
    return hi >>> (n - 32);
}

let nativeSupported;
function detectNative() {
    if (nativeSupported === undefined) {
        try {
            createHash("sha512");
            nativeSupported = true;
        }
        catch {
            nativeSupported = false;
        }
    }
    return nativeSupported;
}
class Sha512 extends Sha512Js {
    native;
    nativeSecret;
    nativeFinished = false;
    constructor(secret) {
        super(secret);
        this.nativeSecret = secret;
        if (detectNative()) {
            this.native = this.createNative();
        }
    }
    update(data) {
        if (!this.native) {
            super.update(data);
            return;
        }
        if (this.nativeFinished) {
            throw new Error("Attempted to update an already finished hash.");
        }
        this.native.update(data);
    }
    async digest() {
        if (!this.native) {
            return super.digest();
        }
        let buf;
        if (this.nativeSecret !== undefined) {
            this.nativeFinished = true;
            buf = this.native.digest();
        }
        else {
            buf = this.native.copy().digest();
        }
        return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
    }
    reset() {
        if (!this.native) {
            super.reset();
            return;
        }
        this.native = this.createNative();
        this.nativeFinished = false;
    }
    createNative() {
        return this.nativeSecret !== undefined ? createHmac("sha512", toBuffer(this.nativeSecret)) : createHash("sha512");
    }
}
function toBuffer(data) {
    if (typeof data === "string") {
        return data;
    }
    if (ArrayBuffer.isView(data)) {
        return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    }
    return Buffer.from(data);
}

const { digest, sign, importKey } = globalThis?.crypto?.subtle ?? {};
const subtle = typeof digest === "function" && typeof sign === "function" && typeof importKey === "function"
    ? globalThis.crypto.subtle
    : undefined;
const MAX_PENDING_BYTES = 8 * 1024 * 1024;
const BLOCK_SIZE = 128;
class Sha512WebCrypto {
    digestLength = 64;
    secret;
    pending = [];
    pendingBytes = 0;
    fallback;
    finished = false;
    constructor(secret) {
        if (secret !== undefined) {
            const key = toUint8Array(secret);
            this.secret = key.byteLength === 0 ? new Uint8Array(BLOCK_SIZE) : key;
        }
        if (!subtle) {
            this.fallback = new Sha512Js(secret);
        }
    }
    update(data) {
        if (this.finished) {
            throw new Error("Attempted to update an already finished HMAC.");
        }
        if (this.fallback) {
            this.fallback.update(data);
            return;
        }
        this.pending.push(data.slice());
        this.pendingBytes += data.byteLength;
        if (this.pendingBytes >= MAX_PENDING_BYTES) {
            this.switchToFallback();
        }
    }
    async digest() {
        if (this.fallback) {
            return this.fallback.digest();
        }
        if (this.secret && this.finished) {
            throw new Error("Attempted to digest an already finished HMAC.");
        }
        const data = concatBytes(this.pending);
        if (this.secret) {
            this.finished = true;
            const key = await subtle.importKey("raw", this.secret, { name: "HMAC", hash: "SHA-512" }, false, ["sign"]);
            const sig = await subtle.sign("HMAC", key, data);
            return new Uint8Array(sig);
        }
        const hash = await subtle.digest("SHA-512", data);
        return new Uint8Array(hash);
    }
    reset() {
        this.pending = [];
        this.pendingBytes = 0;
        this.finished = false;
        if (subtle) {
            this.fallback = undefined;
        }
        else {
            this.fallback = new Sha512Js(this.secret);
        }
    }
    switchToFallback() {
        const sha512Js = new Sha512Js(this.secret);
        for (const chunk of this.pending) {
            sha512Js.update(chunk);
        }
        this.fallback = sha512Js;
        this.pending = [];
        this.pendingBytes = 0;
    }
}

exports.gz = Sha1Node;
__webpack_unused_export__ = Sha1Js;
__webpack_unused_export__ = Sha1Node;
__webpack_unused_export__ = Sha1WebCrypto;
__webpack_unused_export__ = Sha512;
__webpack_unused_export__ = Sha512Js;
__webpack_unused_export__ = Sha512WebCrypto;


/***/ }),

/***/ 3987:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $Command: () => (/* reexport */ submodules_client.Command),
  AbacStatus$: () => (/* reexport */ schemas_0/* AbacStatus$ */.ELn),
  AbortIncompleteMultipartUpload$: () => (/* reexport */ schemas_0/* AbortIncompleteMultipartUpload$ */.aHy),
  AbortMultipartUpload$: () => (/* reexport */ schemas_0/* AbortMultipartUpload$ */.QU_),
  AbortMultipartUploadCommand: () => (/* reexport */ AbortMultipartUploadCommand),
  AbortMultipartUploadOutput$: () => (/* reexport */ schemas_0/* AbortMultipartUploadOutput$ */.h4k),
  AbortMultipartUploadRequest$: () => (/* reexport */ schemas_0/* AbortMultipartUploadRequest$ */.duQ),
  AccelerateConfiguration$: () => (/* reexport */ schemas_0/* AccelerateConfiguration$ */.ODd),
  AccessControlPolicy$: () => (/* reexport */ schemas_0/* AccessControlPolicy$ */.mz0),
  AccessControlTranslation$: () => (/* reexport */ schemas_0/* AccessControlTranslation$ */.Lz2),
  AccessDenied: () => (/* reexport */ errors/* AccessDenied */.Oy),
  AccessDenied$: () => (/* reexport */ schemas_0/* AccessDenied$ */.mGm),
  AnalyticsAndOperator$: () => (/* reexport */ schemas_0/* AnalyticsAndOperator$ */.CQ8),
  AnalyticsConfiguration$: () => (/* reexport */ schemas_0/* AnalyticsConfiguration$ */.py6),
  AnalyticsExportDestination$: () => (/* reexport */ schemas_0/* AnalyticsExportDestination$ */.XX1),
  AnalyticsFilter$: () => (/* reexport */ schemas_0/* AnalyticsFilter$ */.Pq2),
  AnalyticsS3BucketDestination$: () => (/* reexport */ schemas_0/* AnalyticsS3BucketDestination$ */.j_W),
  AnalyticsS3ExportFileFormat: () => (/* reexport */ AnalyticsS3ExportFileFormat),
  AnnotationConfigurationState: () => (/* reexport */ AnnotationConfigurationState),
  AnnotationDirective: () => (/* reexport */ AnnotationDirective),
  AnnotationEntry$: () => (/* reexport */ schemas_0/* AnnotationEntry$ */.U$V),
  AnnotationLimitExceeded: () => (/* reexport */ errors/* AnnotationLimitExceeded */.il),
  AnnotationLimitExceeded$: () => (/* reexport */ schemas_0/* AnnotationLimitExceeded$ */.sK$),
  AnnotationNameTooLong: () => (/* reexport */ errors/* AnnotationNameTooLong */.jH),
  AnnotationNameTooLong$: () => (/* reexport */ schemas_0/* AnnotationNameTooLong$ */.hdZ),
  AnnotationTableConfiguration$: () => (/* reexport */ schemas_0/* AnnotationTableConfiguration$ */.KTL),
  AnnotationTableConfigurationResult$: () => (/* reexport */ schemas_0/* AnnotationTableConfigurationResult$ */.hsd),
  AnnotationTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* AnnotationTableConfigurationUpdates$ */.Mhd),
  ArchiveStatus: () => (/* reexport */ ArchiveStatus),
  BlockedEncryptionTypes$: () => (/* reexport */ schemas_0/* BlockedEncryptionTypes$ */.Tv5),
  Bucket$: () => (/* reexport */ schemas_0/* Bucket$ */.XFA),
  BucketAbacStatus: () => (/* reexport */ BucketAbacStatus),
  BucketAccelerateStatus: () => (/* reexport */ BucketAccelerateStatus),
  BucketAlreadyExists: () => (/* reexport */ errors/* BucketAlreadyExists */.NM),
  BucketAlreadyExists$: () => (/* reexport */ schemas_0/* BucketAlreadyExists$ */.h18),
  BucketAlreadyOwnedByYou: () => (/* reexport */ errors/* BucketAlreadyOwnedByYou */.gq),
  BucketAlreadyOwnedByYou$: () => (/* reexport */ schemas_0/* BucketAlreadyOwnedByYou$ */.Io4),
  BucketCannedACL: () => (/* reexport */ BucketCannedACL),
  BucketInfo$: () => (/* reexport */ schemas_0/* BucketInfo$ */.TlK),
  BucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* BucketLifecycleConfiguration$ */.rKm),
  BucketLocationConstraint: () => (/* reexport */ BucketLocationConstraint),
  BucketLoggingStatus$: () => (/* reexport */ schemas_0/* BucketLoggingStatus$ */.oOz),
  BucketLogsPermission: () => (/* reexport */ BucketLogsPermission),
  BucketNamespace: () => (/* reexport */ BucketNamespace),
  BucketType: () => (/* reexport */ BucketType),
  BucketVersioningStatus: () => (/* reexport */ BucketVersioningStatus),
  CORSConfiguration$: () => (/* reexport */ schemas_0/* CORSConfiguration$ */.iRN),
  CORSRule$: () => (/* reexport */ schemas_0/* CORSRule$ */.s6m),
  CSVInput$: () => (/* reexport */ schemas_0/* CSVInput$ */.lbf),
  CSVOutput$: () => (/* reexport */ schemas_0/* CSVOutput$ */.oS2),
  Checksum$: () => (/* reexport */ schemas_0/* Checksum$ */.EuQ),
  ChecksumAlgorithm: () => (/* reexport */ ChecksumAlgorithm),
  ChecksumMode: () => (/* reexport */ ChecksumMode),
  ChecksumType: () => (/* reexport */ ChecksumType),
  CommonPrefix$: () => (/* reexport */ schemas_0/* CommonPrefix$ */.UHR),
  CompleteMultipartUpload$: () => (/* reexport */ schemas_0/* CompleteMultipartUpload$ */.p4g),
  CompleteMultipartUploadCommand: () => (/* reexport */ CompleteMultipartUploadCommand),
  CompleteMultipartUploadOutput$: () => (/* reexport */ schemas_0/* CompleteMultipartUploadOutput$ */.EsV),
  CompleteMultipartUploadRequest$: () => (/* reexport */ schemas_0/* CompleteMultipartUploadRequest$ */.C6e),
  CompletedMultipartUpload$: () => (/* reexport */ schemas_0/* CompletedMultipartUpload$ */.$31),
  CompletedPart$: () => (/* reexport */ schemas_0/* CompletedPart$ */.n7k),
  CompressionType: () => (/* reexport */ CompressionType),
  Condition$: () => (/* reexport */ schemas_0/* Condition$ */.CTq),
  ContinuationEvent$: () => (/* reexport */ schemas_0/* ContinuationEvent$ */.cSN),
  CopyObject$: () => (/* reexport */ schemas_0/* CopyObject$ */.xmu),
  CopyObjectCommand: () => (/* reexport */ CopyObjectCommand),
  CopyObjectOutput$: () => (/* reexport */ schemas_0/* CopyObjectOutput$ */.Ayg),
  CopyObjectRequest$: () => (/* reexport */ schemas_0/* CopyObjectRequest$ */.Yj6),
  CopyObjectResult$: () => (/* reexport */ schemas_0/* CopyObjectResult$ */.c6I),
  CopyPartResult$: () => (/* reexport */ schemas_0/* CopyPartResult$ */.OQo),
  CreateBucket$: () => (/* reexport */ schemas_0/* CreateBucket$ */.lKK),
  CreateBucketCommand: () => (/* reexport */ CreateBucketCommand),
  CreateBucketConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketConfiguration$ */.p_F),
  CreateBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketMetadataConfiguration$ */.YZR),
  CreateBucketMetadataConfigurationCommand: () => (/* reexport */ CreateBucketMetadataConfigurationCommand),
  CreateBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* CreateBucketMetadataConfigurationRequest$ */.bQP),
  CreateBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* CreateBucketMetadataTableConfiguration$ */.IP2),
  CreateBucketMetadataTableConfigurationCommand: () => (/* reexport */ CreateBucketMetadataTableConfigurationCommand),
  CreateBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* CreateBucketMetadataTableConfigurationRequest$ */.rCW),
  CreateBucketOutput$: () => (/* reexport */ schemas_0/* CreateBucketOutput$ */._dZ),
  CreateBucketRequest$: () => (/* reexport */ schemas_0/* CreateBucketRequest$ */.qww),
  CreateMultipartUpload$: () => (/* reexport */ schemas_0/* CreateMultipartUpload$ */.uP1),
  CreateMultipartUploadCommand: () => (/* reexport */ CreateMultipartUploadCommand),
  CreateMultipartUploadOutput$: () => (/* reexport */ schemas_0/* CreateMultipartUploadOutput$ */.Fk3),
  CreateMultipartUploadRequest$: () => (/* reexport */ schemas_0/* CreateMultipartUploadRequest$ */.vpB),
  CreateSession$: () => (/* reexport */ schemas_0/* CreateSession$ */.Nsl),
  CreateSessionCommand: () => (/* reexport */ CreateSessionCommand),
  CreateSessionOutput$: () => (/* reexport */ schemas_0/* CreateSessionOutput$ */.eZ2),
  CreateSessionRequest$: () => (/* reexport */ schemas_0/* CreateSessionRequest$ */.sBx),
  DataRedundancy: () => (/* reexport */ DataRedundancy),
  DefaultRetention$: () => (/* reexport */ schemas_0/* DefaultRetention$ */.gh5),
  Delete$: () => (/* reexport */ schemas_0/* Delete$ */.cYk),
  DeleteBucket$: () => (/* reexport */ schemas_0/* DeleteBucket$ */.CAp),
  DeleteBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketAnalyticsConfiguration$ */.wwp),
  DeleteBucketAnalyticsConfigurationCommand: () => (/* reexport */ DeleteBucketAnalyticsConfigurationCommand),
  DeleteBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketAnalyticsConfigurationRequest$ */.jbd),
  DeleteBucketCommand: () => (/* reexport */ DeleteBucketCommand),
  DeleteBucketCors$: () => (/* reexport */ schemas_0/* DeleteBucketCors$ */.Bj8),
  DeleteBucketCorsCommand: () => (/* reexport */ DeleteBucketCorsCommand),
  DeleteBucketCorsRequest$: () => (/* reexport */ schemas_0/* DeleteBucketCorsRequest$ */._NT),
  DeleteBucketEncryption$: () => (/* reexport */ schemas_0/* DeleteBucketEncryption$ */.plt),
  DeleteBucketEncryptionCommand: () => (/* reexport */ DeleteBucketEncryptionCommand),
  DeleteBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* DeleteBucketEncryptionRequest$ */.EO9),
  DeleteBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketIntelligentTieringConfiguration$ */.D7j),
  DeleteBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ DeleteBucketIntelligentTieringConfigurationCommand),
  DeleteBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketIntelligentTieringConfigurationRequest$ */.yOm),
  DeleteBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketInventoryConfiguration$ */.cAw),
  DeleteBucketInventoryConfigurationCommand: () => (/* reexport */ DeleteBucketInventoryConfigurationCommand),
  DeleteBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketInventoryConfigurationRequest$ */.Ba_),
  DeleteBucketLifecycle$: () => (/* reexport */ schemas_0/* DeleteBucketLifecycle$ */.OMP),
  DeleteBucketLifecycleCommand: () => (/* reexport */ DeleteBucketLifecycleCommand),
  DeleteBucketLifecycleRequest$: () => (/* reexport */ schemas_0/* DeleteBucketLifecycleRequest$ */.Tup),
  DeleteBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataConfiguration$ */.LMG),
  DeleteBucketMetadataConfigurationCommand: () => (/* reexport */ DeleteBucketMetadataConfigurationCommand),
  DeleteBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataConfigurationRequest$ */.QA8),
  DeleteBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataTableConfiguration$ */.LtI),
  DeleteBucketMetadataTableConfigurationCommand: () => (/* reexport */ DeleteBucketMetadataTableConfigurationCommand),
  DeleteBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetadataTableConfigurationRequest$ */.ayW),
  DeleteBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* DeleteBucketMetricsConfiguration$ */.Npk),
  DeleteBucketMetricsConfigurationCommand: () => (/* reexport */ DeleteBucketMetricsConfigurationCommand),
  DeleteBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketMetricsConfigurationRequest$ */.Uys),
  DeleteBucketOwnershipControls$: () => (/* reexport */ schemas_0/* DeleteBucketOwnershipControls$ */.lcX),
  DeleteBucketOwnershipControlsCommand: () => (/* reexport */ DeleteBucketOwnershipControlsCommand),
  DeleteBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* DeleteBucketOwnershipControlsRequest$ */.sL3),
  DeleteBucketPolicy$: () => (/* reexport */ schemas_0/* DeleteBucketPolicy$ */.mHu),
  DeleteBucketPolicyCommand: () => (/* reexport */ DeleteBucketPolicyCommand),
  DeleteBucketPolicyRequest$: () => (/* reexport */ schemas_0/* DeleteBucketPolicyRequest$ */.ZMz),
  DeleteBucketReplication$: () => (/* reexport */ schemas_0/* DeleteBucketReplication$ */.iHA),
  DeleteBucketReplicationCommand: () => (/* reexport */ DeleteBucketReplicationCommand),
  DeleteBucketReplicationRequest$: () => (/* reexport */ schemas_0/* DeleteBucketReplicationRequest$ */.DTK),
  DeleteBucketRequest$: () => (/* reexport */ schemas_0/* DeleteBucketRequest$ */.fMP),
  DeleteBucketTagging$: () => (/* reexport */ schemas_0/* DeleteBucketTagging$ */.VQB),
  DeleteBucketTaggingCommand: () => (/* reexport */ DeleteBucketTaggingCommand),
  DeleteBucketTaggingRequest$: () => (/* reexport */ schemas_0/* DeleteBucketTaggingRequest$ */.Yhc),
  DeleteBucketWebsite$: () => (/* reexport */ schemas_0/* DeleteBucketWebsite$ */.l$q),
  DeleteBucketWebsiteCommand: () => (/* reexport */ DeleteBucketWebsiteCommand),
  DeleteBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* DeleteBucketWebsiteRequest$ */.oYg),
  DeleteMarkerEntry$: () => (/* reexport */ schemas_0/* DeleteMarkerEntry$ */.y8m),
  DeleteMarkerReplication$: () => (/* reexport */ schemas_0/* DeleteMarkerReplication$ */.EAc),
  DeleteMarkerReplicationStatus: () => (/* reexport */ DeleteMarkerReplicationStatus),
  DeleteObject$: () => (/* reexport */ schemas_0/* DeleteObject$ */.$CM),
  DeleteObjectAnnotation$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotation$ */.cjD),
  DeleteObjectAnnotationCommand: () => (/* reexport */ DeleteObjectAnnotationCommand),
  DeleteObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotationOutput$ */.L81),
  DeleteObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* DeleteObjectAnnotationRequest$ */.Bng),
  DeleteObjectCommand: () => (/* reexport */ DeleteObjectCommand),
  DeleteObjectOutput$: () => (/* reexport */ schemas_0/* DeleteObjectOutput$ */.ywM),
  DeleteObjectRequest$: () => (/* reexport */ schemas_0/* DeleteObjectRequest$ */.UM2),
  DeleteObjectTagging$: () => (/* reexport */ schemas_0/* DeleteObjectTagging$ */.AB1),
  DeleteObjectTaggingCommand: () => (/* reexport */ DeleteObjectTaggingCommand),
  DeleteObjectTaggingOutput$: () => (/* reexport */ schemas_0/* DeleteObjectTaggingOutput$ */.dz_),
  DeleteObjectTaggingRequest$: () => (/* reexport */ schemas_0/* DeleteObjectTaggingRequest$ */.vic),
  DeleteObjects$: () => (/* reexport */ schemas_0/* DeleteObjects$ */.AuS),
  DeleteObjectsCommand: () => (/* reexport */ DeleteObjectsCommand),
  DeleteObjectsOutput$: () => (/* reexport */ schemas_0/* DeleteObjectsOutput$ */.xcw),
  DeleteObjectsRequest$: () => (/* reexport */ schemas_0/* DeleteObjectsRequest$ */.BIj),
  DeletePublicAccessBlock$: () => (/* reexport */ schemas_0/* DeletePublicAccessBlock$ */.W3c),
  DeletePublicAccessBlockCommand: () => (/* reexport */ DeletePublicAccessBlockCommand),
  DeletePublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* DeletePublicAccessBlockRequest$ */.bLz),
  DeletedObject$: () => (/* reexport */ schemas_0/* DeletedObject$ */.l7q),
  Destination$: () => (/* reexport */ schemas_0/* Destination$ */.$fk),
  DestinationResult$: () => (/* reexport */ schemas_0/* DestinationResult$ */.atS),
  EncodingType: () => (/* reexport */ EncodingType),
  Encryption$: () => (/* reexport */ schemas_0/* Encryption$ */.y47),
  EncryptionConfiguration$: () => (/* reexport */ schemas_0/* EncryptionConfiguration$ */.YWT),
  EncryptionType: () => (/* reexport */ EncryptionType),
  EncryptionTypeMismatch: () => (/* reexport */ errors/* EncryptionTypeMismatch */.kD),
  EncryptionTypeMismatch$: () => (/* reexport */ schemas_0/* EncryptionTypeMismatch$ */.myk),
  EndEvent$: () => (/* reexport */ schemas_0/* EndEvent$ */.Wl_),
  ErrorDetails$: () => (/* reexport */ schemas_0/* ErrorDetails$ */.nez),
  ErrorDocument$: () => (/* reexport */ schemas_0/* ErrorDocument$ */.E9e),
  Event: () => (/* reexport */ Event),
  EventBridgeConfiguration$: () => (/* reexport */ schemas_0/* EventBridgeConfiguration$ */.OSi),
  EventHoldDuration$: () => (/* reexport */ schemas_0/* EventHoldDuration$ */.UGF),
  ExistingObjectReplication$: () => (/* reexport */ schemas_0/* ExistingObjectReplication$ */.FSO),
  ExistingObjectReplicationStatus: () => (/* reexport */ ExistingObjectReplicationStatus),
  ExpirationState: () => (/* reexport */ ExpirationState),
  ExpirationStatus: () => (/* reexport */ ExpirationStatus),
  ExpressionType: () => (/* reexport */ ExpressionType),
  FileHeaderInfo: () => (/* reexport */ FileHeaderInfo),
  FilterRule$: () => (/* reexport */ schemas_0/* FilterRule$ */.rUJ),
  FilterRuleName: () => (/* reexport */ FilterRuleName),
  GetBucketAbac$: () => (/* reexport */ schemas_0/* GetBucketAbac$ */.Gt0),
  GetBucketAbacCommand: () => (/* reexport */ GetBucketAbacCommand),
  GetBucketAbacOutput$: () => (/* reexport */ schemas_0/* GetBucketAbacOutput$ */.RSq),
  GetBucketAbacRequest$: () => (/* reexport */ schemas_0/* GetBucketAbacRequest$ */.Jox),
  GetBucketAccelerateConfiguration$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfiguration$ */.KBZ),
  GetBucketAccelerateConfigurationCommand: () => (/* reexport */ GetBucketAccelerateConfigurationCommand),
  GetBucketAccelerateConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfigurationOutput$ */.TRs),
  GetBucketAccelerateConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketAccelerateConfigurationRequest$ */.DzY),
  GetBucketAcl$: () => (/* reexport */ schemas_0/* GetBucketAcl$ */.r1N),
  GetBucketAclCommand: () => (/* reexport */ GetBucketAclCommand),
  GetBucketAclOutput$: () => (/* reexport */ schemas_0/* GetBucketAclOutput$ */.UQf),
  GetBucketAclRequest$: () => (/* reexport */ schemas_0/* GetBucketAclRequest$ */.IX_),
  GetBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfiguration$ */.r90),
  GetBucketAnalyticsConfigurationCommand: () => (/* reexport */ GetBucketAnalyticsConfigurationCommand),
  GetBucketAnalyticsConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfigurationOutput$ */.UI),
  GetBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketAnalyticsConfigurationRequest$ */.EFQ),
  GetBucketCors$: () => (/* reexport */ schemas_0/* GetBucketCors$ */.MV3),
  GetBucketCorsCommand: () => (/* reexport */ GetBucketCorsCommand),
  GetBucketCorsOutput$: () => (/* reexport */ schemas_0/* GetBucketCorsOutput$ */.lxC),
  GetBucketCorsRequest$: () => (/* reexport */ schemas_0/* GetBucketCorsRequest$ */.VJG),
  GetBucketEncryption$: () => (/* reexport */ schemas_0/* GetBucketEncryption$ */.WSn),
  GetBucketEncryptionCommand: () => (/* reexport */ GetBucketEncryptionCommand),
  GetBucketEncryptionOutput$: () => (/* reexport */ schemas_0/* GetBucketEncryptionOutput$ */.HQM),
  GetBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* GetBucketEncryptionRequest$ */.LMh),
  GetBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfiguration$ */.qm9),
  GetBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ GetBucketIntelligentTieringConfigurationCommand),
  GetBucketIntelligentTieringConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfigurationOutput$ */.jE2),
  GetBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketIntelligentTieringConfigurationRequest$ */.tHJ),
  GetBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfiguration$ */.LL3),
  GetBucketInventoryConfigurationCommand: () => (/* reexport */ GetBucketInventoryConfigurationCommand),
  GetBucketInventoryConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfigurationOutput$ */.our),
  GetBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketInventoryConfigurationRequest$ */.Idb),
  GetBucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfiguration$ */.btu),
  GetBucketLifecycleConfigurationCommand: () => (/* reexport */ GetBucketLifecycleConfigurationCommand),
  GetBucketLifecycleConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfigurationOutput$ */.Cxh),
  GetBucketLifecycleConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketLifecycleConfigurationRequest$ */.qgx),
  GetBucketLocation$: () => (/* reexport */ schemas_0/* GetBucketLocation$ */.AKE),
  GetBucketLocationCommand: () => (/* reexport */ GetBucketLocationCommand),
  GetBucketLocationOutput$: () => (/* reexport */ schemas_0/* GetBucketLocationOutput$ */.xYN),
  GetBucketLocationRequest$: () => (/* reexport */ schemas_0/* GetBucketLocationRequest$ */.JgJ),
  GetBucketLogging$: () => (/* reexport */ schemas_0/* GetBucketLogging$ */.eP2),
  GetBucketLoggingCommand: () => (/* reexport */ GetBucketLoggingCommand),
  GetBucketLoggingOutput$: () => (/* reexport */ schemas_0/* GetBucketLoggingOutput$ */.DvF),
  GetBucketLoggingRequest$: () => (/* reexport */ schemas_0/* GetBucketLoggingRequest$ */.jjb),
  GetBucketMetadataConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfiguration$ */.Kdy),
  GetBucketMetadataConfigurationCommand: () => (/* reexport */ GetBucketMetadataConfigurationCommand),
  GetBucketMetadataConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationOutput$ */.ZQz),
  GetBucketMetadataConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationRequest$ */.bRe),
  GetBucketMetadataConfigurationResult$: () => (/* reexport */ schemas_0/* GetBucketMetadataConfigurationResult$ */.jDm),
  GetBucketMetadataTableConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfiguration$ */.wMk),
  GetBucketMetadataTableConfigurationCommand: () => (/* reexport */ GetBucketMetadataTableConfigurationCommand),
  GetBucketMetadataTableConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationOutput$ */.xgj),
  GetBucketMetadataTableConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationRequest$ */.DZL),
  GetBucketMetadataTableConfigurationResult$: () => (/* reexport */ schemas_0/* GetBucketMetadataTableConfigurationResult$ */.tCC),
  GetBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfiguration$ */.eEh),
  GetBucketMetricsConfigurationCommand: () => (/* reexport */ GetBucketMetricsConfigurationCommand),
  GetBucketMetricsConfigurationOutput$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfigurationOutput$ */.ZV4),
  GetBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketMetricsConfigurationRequest$ */.Fp4),
  GetBucketNotificationConfiguration$: () => (/* reexport */ schemas_0/* GetBucketNotificationConfiguration$ */.SQT),
  GetBucketNotificationConfigurationCommand: () => (/* reexport */ GetBucketNotificationConfigurationCommand),
  GetBucketNotificationConfigurationRequest$: () => (/* reexport */ schemas_0/* GetBucketNotificationConfigurationRequest$ */.Rf1),
  GetBucketOwnershipControls$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControls$ */.kh),
  GetBucketOwnershipControlsCommand: () => (/* reexport */ GetBucketOwnershipControlsCommand),
  GetBucketOwnershipControlsOutput$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControlsOutput$ */.NFR),
  GetBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* GetBucketOwnershipControlsRequest$ */.p9S),
  GetBucketPolicy$: () => (/* reexport */ schemas_0/* GetBucketPolicy$ */.dyb),
  GetBucketPolicyCommand: () => (/* reexport */ GetBucketPolicyCommand),
  GetBucketPolicyOutput$: () => (/* reexport */ schemas_0/* GetBucketPolicyOutput$ */.uR3),
  GetBucketPolicyRequest$: () => (/* reexport */ schemas_0/* GetBucketPolicyRequest$ */.sRb),
  GetBucketPolicyStatus$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatus$ */.rwb),
  GetBucketPolicyStatusCommand: () => (/* reexport */ GetBucketPolicyStatusCommand),
  GetBucketPolicyStatusOutput$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatusOutput$ */._On),
  GetBucketPolicyStatusRequest$: () => (/* reexport */ schemas_0/* GetBucketPolicyStatusRequest$ */.qpp),
  GetBucketReplication$: () => (/* reexport */ schemas_0/* GetBucketReplication$ */.nC),
  GetBucketReplicationCommand: () => (/* reexport */ GetBucketReplicationCommand),
  GetBucketReplicationOutput$: () => (/* reexport */ schemas_0/* GetBucketReplicationOutput$ */.KGy),
  GetBucketReplicationRequest$: () => (/* reexport */ schemas_0/* GetBucketReplicationRequest$ */.ahO),
  GetBucketRequestPayment$: () => (/* reexport */ schemas_0/* GetBucketRequestPayment$ */.MXg),
  GetBucketRequestPaymentCommand: () => (/* reexport */ GetBucketRequestPaymentCommand),
  GetBucketRequestPaymentOutput$: () => (/* reexport */ schemas_0/* GetBucketRequestPaymentOutput$ */.p$U),
  GetBucketRequestPaymentRequest$: () => (/* reexport */ schemas_0/* GetBucketRequestPaymentRequest$ */.fOz),
  GetBucketTagging$: () => (/* reexport */ schemas_0/* GetBucketTagging$ */.E3U),
  GetBucketTaggingCommand: () => (/* reexport */ GetBucketTaggingCommand),
  GetBucketTaggingOutput$: () => (/* reexport */ schemas_0/* GetBucketTaggingOutput$ */.lBI),
  GetBucketTaggingRequest$: () => (/* reexport */ schemas_0/* GetBucketTaggingRequest$ */.reZ),
  GetBucketVersioning$: () => (/* reexport */ schemas_0/* GetBucketVersioning$ */.fSX),
  GetBucketVersioningCommand: () => (/* reexport */ GetBucketVersioningCommand),
  GetBucketVersioningOutput$: () => (/* reexport */ schemas_0/* GetBucketVersioningOutput$ */.MPH),
  GetBucketVersioningRequest$: () => (/* reexport */ schemas_0/* GetBucketVersioningRequest$ */.mrt),
  GetBucketWebsite$: () => (/* reexport */ schemas_0/* GetBucketWebsite$ */.e3C),
  GetBucketWebsiteCommand: () => (/* reexport */ GetBucketWebsiteCommand),
  GetBucketWebsiteOutput$: () => (/* reexport */ schemas_0/* GetBucketWebsiteOutput$ */.PvS),
  GetBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* GetBucketWebsiteRequest$ */.ho6),
  GetObject$: () => (/* reexport */ schemas_0/* GetObject$ */.iKp),
  GetObjectAcl$: () => (/* reexport */ schemas_0/* GetObjectAcl$ */.gPv),
  GetObjectAclCommand: () => (/* reexport */ GetObjectAclCommand),
  GetObjectAclOutput$: () => (/* reexport */ schemas_0/* GetObjectAclOutput$ */.l9y),
  GetObjectAclRequest$: () => (/* reexport */ schemas_0/* GetObjectAclRequest$ */.tlG),
  GetObjectAnnotation$: () => (/* reexport */ schemas_0/* GetObjectAnnotation$ */.Dy1),
  GetObjectAnnotationCommand: () => (/* reexport */ GetObjectAnnotationCommand),
  GetObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* GetObjectAnnotationOutput$ */.eCY),
  GetObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* GetObjectAnnotationRequest$ */.Mkx),
  GetObjectAttributes$: () => (/* reexport */ schemas_0/* GetObjectAttributes$ */.Z5o),
  GetObjectAttributesCommand: () => (/* reexport */ GetObjectAttributesCommand),
  GetObjectAttributesOutput$: () => (/* reexport */ schemas_0/* GetObjectAttributesOutput$ */.KcL),
  GetObjectAttributesParts$: () => (/* reexport */ schemas_0/* GetObjectAttributesParts$ */.ji7),
  GetObjectAttributesRequest$: () => (/* reexport */ schemas_0/* GetObjectAttributesRequest$ */.KlA),
  GetObjectCommand: () => (/* reexport */ GetObjectCommand),
  GetObjectLegalHold$: () => (/* reexport */ schemas_0/* GetObjectLegalHold$ */.EHS),
  GetObjectLegalHoldCommand: () => (/* reexport */ GetObjectLegalHoldCommand),
  GetObjectLegalHoldOutput$: () => (/* reexport */ schemas_0/* GetObjectLegalHoldOutput$ */.lXi),
  GetObjectLegalHoldRequest$: () => (/* reexport */ schemas_0/* GetObjectLegalHoldRequest$ */.XY8),
  GetObjectLockConfiguration$: () => (/* reexport */ schemas_0/* GetObjectLockConfiguration$ */.v3g),
  GetObjectLockConfigurationCommand: () => (/* reexport */ GetObjectLockConfigurationCommand),
  GetObjectLockConfigurationOutput$: () => (/* reexport */ schemas_0/* GetObjectLockConfigurationOutput$ */.u5w),
  GetObjectLockConfigurationRequest$: () => (/* reexport */ schemas_0/* GetObjectLockConfigurationRequest$ */.Qn3),
  GetObjectOutput$: () => (/* reexport */ schemas_0/* GetObjectOutput$ */.D0N),
  GetObjectRequest$: () => (/* reexport */ schemas_0/* GetObjectRequest$ */.Nh2),
  GetObjectRetention$: () => (/* reexport */ schemas_0/* GetObjectRetention$ */.Ae9),
  GetObjectRetentionCommand: () => (/* reexport */ GetObjectRetentionCommand),
  GetObjectRetentionOutput$: () => (/* reexport */ schemas_0/* GetObjectRetentionOutput$ */.f9M),
  GetObjectRetentionRequest$: () => (/* reexport */ schemas_0/* GetObjectRetentionRequest$ */.NaV),
  GetObjectTagging$: () => (/* reexport */ schemas_0/* GetObjectTagging$ */.Z4s),
  GetObjectTaggingCommand: () => (/* reexport */ GetObjectTaggingCommand),
  GetObjectTaggingOutput$: () => (/* reexport */ schemas_0/* GetObjectTaggingOutput$ */.cor),
  GetObjectTaggingRequest$: () => (/* reexport */ schemas_0/* GetObjectTaggingRequest$ */.Yde),
  GetObjectTorrent$: () => (/* reexport */ schemas_0/* GetObjectTorrent$ */.GXC),
  GetObjectTorrentCommand: () => (/* reexport */ GetObjectTorrentCommand),
  GetObjectTorrentOutput$: () => (/* reexport */ schemas_0/* GetObjectTorrentOutput$ */.bD5),
  GetObjectTorrentRequest$: () => (/* reexport */ schemas_0/* GetObjectTorrentRequest$ */.pUs),
  GetPublicAccessBlock$: () => (/* reexport */ schemas_0/* GetPublicAccessBlock$ */.ri8),
  GetPublicAccessBlockCommand: () => (/* reexport */ GetPublicAccessBlockCommand),
  GetPublicAccessBlockOutput$: () => (/* reexport */ schemas_0/* GetPublicAccessBlockOutput$ */.y4o),
  GetPublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* GetPublicAccessBlockRequest$ */.iPq),
  GlacierJobParameters$: () => (/* reexport */ schemas_0/* GlacierJobParameters$ */.fiQ),
  Grant$: () => (/* reexport */ schemas_0/* Grant$ */.FZ7),
  Grantee$: () => (/* reexport */ schemas_0/* Grantee$ */.Fs1),
  HeadBucket$: () => (/* reexport */ schemas_0/* HeadBucket$ */.NDZ),
  HeadBucketCommand: () => (/* reexport */ HeadBucketCommand),
  HeadBucketOutput$: () => (/* reexport */ schemas_0/* HeadBucketOutput$ */.KiX),
  HeadBucketRequest$: () => (/* reexport */ schemas_0/* HeadBucketRequest$ */.aFu),
  HeadObject$: () => (/* reexport */ schemas_0/* HeadObject$ */.QdX),
  HeadObjectCommand: () => (/* reexport */ HeadObjectCommand/* HeadObjectCommand */.l),
  HeadObjectOutput$: () => (/* reexport */ schemas_0/* HeadObjectOutput$ */.zir),
  HeadObjectRequest$: () => (/* reexport */ schemas_0/* HeadObjectRequest$ */.j69),
  IdempotencyParameterMismatch: () => (/* reexport */ errors/* IdempotencyParameterMismatch */.n9),
  IdempotencyParameterMismatch$: () => (/* reexport */ schemas_0/* IdempotencyParameterMismatch$ */.FX5),
  IndexDocument$: () => (/* reexport */ schemas_0/* IndexDocument$ */.YK4),
  Initiator$: () => (/* reexport */ schemas_0/* Initiator$ */.wmy),
  InputSerialization$: () => (/* reexport */ schemas_0/* InputSerialization$ */.zOQ),
  IntelligentTieringAccessTier: () => (/* reexport */ IntelligentTieringAccessTier),
  IntelligentTieringAndOperator$: () => (/* reexport */ schemas_0/* IntelligentTieringAndOperator$ */.DzP),
  IntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* IntelligentTieringConfiguration$ */.YX8),
  IntelligentTieringFilter$: () => (/* reexport */ schemas_0/* IntelligentTieringFilter$ */.E5D),
  IntelligentTieringStatus: () => (/* reexport */ IntelligentTieringStatus),
  InvalidAnnotationName: () => (/* reexport */ errors/* InvalidAnnotationName */.Cz),
  InvalidAnnotationName$: () => (/* reexport */ schemas_0/* InvalidAnnotationName$ */.uLY),
  InvalidObjectState: () => (/* reexport */ errors/* InvalidObjectState */.Af),
  InvalidObjectState$: () => (/* reexport */ schemas_0/* InvalidObjectState$ */.Oof),
  InvalidPrefix: () => (/* reexport */ errors/* InvalidPrefix */.aE),
  InvalidPrefix$: () => (/* reexport */ schemas_0/* InvalidPrefix$ */.E3u),
  InvalidRequest: () => (/* reexport */ errors/* InvalidRequest */.zh),
  InvalidRequest$: () => (/* reexport */ schemas_0/* InvalidRequest$ */.XAw),
  InvalidWriteOffset: () => (/* reexport */ errors/* InvalidWriteOffset */.gH),
  InvalidWriteOffset$: () => (/* reexport */ schemas_0/* InvalidWriteOffset$ */.sTS),
  InventoryConfiguration$: () => (/* reexport */ schemas_0/* InventoryConfiguration$ */.L9x),
  InventoryConfigurationState: () => (/* reexport */ InventoryConfigurationState),
  InventoryDestination$: () => (/* reexport */ schemas_0/* InventoryDestination$ */.dzH),
  InventoryEncryption$: () => (/* reexport */ schemas_0/* InventoryEncryption$ */.OL_),
  InventoryFilter$: () => (/* reexport */ schemas_0/* InventoryFilter$ */.f4Z),
  InventoryFormat: () => (/* reexport */ InventoryFormat),
  InventoryFrequency: () => (/* reexport */ InventoryFrequency),
  InventoryIncludedObjectVersions: () => (/* reexport */ InventoryIncludedObjectVersions),
  InventoryOptionalField: () => (/* reexport */ InventoryOptionalField),
  InventoryS3BucketDestination$: () => (/* reexport */ schemas_0/* InventoryS3BucketDestination$ */.h$i),
  InventorySchedule$: () => (/* reexport */ schemas_0/* InventorySchedule$ */.Sfm),
  InventoryTableConfiguration$: () => (/* reexport */ schemas_0/* InventoryTableConfiguration$ */.d9u),
  InventoryTableConfigurationResult$: () => (/* reexport */ schemas_0/* InventoryTableConfigurationResult$ */.yim),
  InventoryTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* InventoryTableConfigurationUpdates$ */.F75),
  JSONInput$: () => (/* reexport */ schemas_0/* JSONInput$ */.n4z),
  JSONOutput$: () => (/* reexport */ schemas_0/* JSONOutput$ */.wwU),
  JSONType: () => (/* reexport */ JSONType),
  JournalTableConfiguration$: () => (/* reexport */ schemas_0/* JournalTableConfiguration$ */.GBS),
  JournalTableConfigurationResult$: () => (/* reexport */ schemas_0/* JournalTableConfigurationResult$ */.Nke),
  JournalTableConfigurationUpdates$: () => (/* reexport */ schemas_0/* JournalTableConfigurationUpdates$ */.yeG),
  LambdaFunctionConfiguration$: () => (/* reexport */ schemas_0/* LambdaFunctionConfiguration$ */.GGf),
  LifecycleExpiration$: () => (/* reexport */ schemas_0/* LifecycleExpiration$ */.IaD),
  LifecycleRule$: () => (/* reexport */ schemas_0/* LifecycleRule$ */.Jp9),
  LifecycleRuleAndOperator$: () => (/* reexport */ schemas_0/* LifecycleRuleAndOperator$ */.oq3),
  LifecycleRuleFilter$: () => (/* reexport */ schemas_0/* LifecycleRuleFilter$ */.N8r),
  ListBucketAnalyticsConfigurations$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurations$ */.qb7),
  ListBucketAnalyticsConfigurationsCommand: () => (/* reexport */ ListBucketAnalyticsConfigurationsCommand),
  ListBucketAnalyticsConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurationsOutput$ */.x0D),
  ListBucketAnalyticsConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketAnalyticsConfigurationsRequest$ */.$9C),
  ListBucketIntelligentTieringConfigurations$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurations$ */.P32),
  ListBucketIntelligentTieringConfigurationsCommand: () => (/* reexport */ ListBucketIntelligentTieringConfigurationsCommand),
  ListBucketIntelligentTieringConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurationsOutput$ */.mps),
  ListBucketIntelligentTieringConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketIntelligentTieringConfigurationsRequest$ */.YJm),
  ListBucketInventoryConfigurations$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurations$ */.ujL),
  ListBucketInventoryConfigurationsCommand: () => (/* reexport */ ListBucketInventoryConfigurationsCommand),
  ListBucketInventoryConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurationsOutput$ */.LXt),
  ListBucketInventoryConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketInventoryConfigurationsRequest$ */.n7f),
  ListBucketMetricsConfigurations$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurations$ */.lmR),
  ListBucketMetricsConfigurationsCommand: () => (/* reexport */ ListBucketMetricsConfigurationsCommand),
  ListBucketMetricsConfigurationsOutput$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurationsOutput$ */.KtO),
  ListBucketMetricsConfigurationsRequest$: () => (/* reexport */ schemas_0/* ListBucketMetricsConfigurationsRequest$ */.aw1),
  ListBuckets$: () => (/* reexport */ schemas_0/* ListBuckets$ */._8h),
  ListBucketsCommand: () => (/* reexport */ ListBucketsCommand),
  ListBucketsOutput$: () => (/* reexport */ schemas_0/* ListBucketsOutput$ */.RLW),
  ListBucketsRequest$: () => (/* reexport */ schemas_0/* ListBucketsRequest$ */.vaV),
  ListDirectoryBuckets$: () => (/* reexport */ schemas_0/* ListDirectoryBuckets$ */.dAN),
  ListDirectoryBucketsCommand: () => (/* reexport */ ListDirectoryBucketsCommand),
  ListDirectoryBucketsOutput$: () => (/* reexport */ schemas_0/* ListDirectoryBucketsOutput$ */.UkB),
  ListDirectoryBucketsRequest$: () => (/* reexport */ schemas_0/* ListDirectoryBucketsRequest$ */.uw),
  ListMultipartUploads$: () => (/* reexport */ schemas_0/* ListMultipartUploads$ */.RgL),
  ListMultipartUploadsCommand: () => (/* reexport */ ListMultipartUploadsCommand),
  ListMultipartUploadsOutput$: () => (/* reexport */ schemas_0/* ListMultipartUploadsOutput$ */.E6E),
  ListMultipartUploadsRequest$: () => (/* reexport */ schemas_0/* ListMultipartUploadsRequest$ */.Uh8),
  ListObjectAnnotations$: () => (/* reexport */ schemas_0/* ListObjectAnnotations$ */.imu),
  ListObjectAnnotationsCommand: () => (/* reexport */ ListObjectAnnotationsCommand),
  ListObjectAnnotationsOutput$: () => (/* reexport */ schemas_0/* ListObjectAnnotationsOutput$ */.xLQ),
  ListObjectAnnotationsRequest$: () => (/* reexport */ schemas_0/* ListObjectAnnotationsRequest$ */.hFg),
  ListObjectVersions$: () => (/* reexport */ schemas_0/* ListObjectVersions$ */.L$x),
  ListObjectVersionsCommand: () => (/* reexport */ ListObjectVersionsCommand),
  ListObjectVersionsOutput$: () => (/* reexport */ schemas_0/* ListObjectVersionsOutput$ */.wgQ),
  ListObjectVersionsRequest$: () => (/* reexport */ schemas_0/* ListObjectVersionsRequest$ */.KMJ),
  ListObjects$: () => (/* reexport */ schemas_0/* ListObjects$ */.h_9),
  ListObjectsCommand: () => (/* reexport */ ListObjectsCommand),
  ListObjectsOutput$: () => (/* reexport */ schemas_0/* ListObjectsOutput$ */.uVC),
  ListObjectsRequest$: () => (/* reexport */ schemas_0/* ListObjectsRequest$ */.S4E),
  ListObjectsV2$: () => (/* reexport */ schemas_0/* ListObjectsV2$ */.FWN),
  ListObjectsV2Command: () => (/* reexport */ ListObjectsV2Command),
  ListObjectsV2Output$: () => (/* reexport */ schemas_0/* ListObjectsV2Output$ */.OJi),
  ListObjectsV2Request$: () => (/* reexport */ schemas_0/* ListObjectsV2Request$ */.wJU),
  ListParts$: () => (/* reexport */ schemas_0/* ListParts$ */.xrC),
  ListPartsCommand: () => (/* reexport */ ListPartsCommand),
  ListPartsOutput$: () => (/* reexport */ schemas_0/* ListPartsOutput$ */.Gs8),
  ListPartsRequest$: () => (/* reexport */ schemas_0/* ListPartsRequest$ */._fx),
  LocationInfo$: () => (/* reexport */ schemas_0/* LocationInfo$ */._nn),
  LocationType: () => (/* reexport */ LocationType),
  LoggingEnabled$: () => (/* reexport */ schemas_0/* LoggingEnabled$ */.Jgb),
  MFADelete: () => (/* reexport */ MFADelete),
  MFADeleteStatus: () => (/* reexport */ MFADeleteStatus),
  MetadataConfiguration$: () => (/* reexport */ schemas_0/* MetadataConfiguration$ */.iv9),
  MetadataConfigurationResult$: () => (/* reexport */ schemas_0/* MetadataConfigurationResult$ */.flS),
  MetadataDirective: () => (/* reexport */ MetadataDirective),
  MetadataEntry$: () => (/* reexport */ schemas_0/* MetadataEntry$ */.InL),
  MetadataTableConfiguration$: () => (/* reexport */ schemas_0/* MetadataTableConfiguration$ */.itx),
  MetadataTableConfigurationResult$: () => (/* reexport */ schemas_0/* MetadataTableConfigurationResult$ */.Zuf),
  MetadataTableEncryptionConfiguration$: () => (/* reexport */ schemas_0/* MetadataTableEncryptionConfiguration$ */.PQs),
  Metrics$: () => (/* reexport */ schemas_0/* Metrics$ */.gcx),
  MetricsAndOperator$: () => (/* reexport */ schemas_0/* MetricsAndOperator$ */.t47),
  MetricsConfiguration$: () => (/* reexport */ schemas_0/* MetricsConfiguration$ */.amD),
  MetricsFilter$: () => (/* reexport */ schemas_0/* MetricsFilter$ */.MT$),
  MetricsStatus: () => (/* reexport */ MetricsStatus),
  MultipartUpload$: () => (/* reexport */ schemas_0/* MultipartUpload$ */.uv$),
  NoSuchAnnotation: () => (/* reexport */ errors/* NoSuchAnnotation */.S4),
  NoSuchAnnotation$: () => (/* reexport */ schemas_0/* NoSuchAnnotation$ */.mMm),
  NoSuchBucket: () => (/* reexport */ errors/* NoSuchBucket */.TQ),
  NoSuchBucket$: () => (/* reexport */ schemas_0/* NoSuchBucket$ */.Pjc),
  NoSuchKey: () => (/* reexport */ errors/* NoSuchKey */._k),
  NoSuchKey$: () => (/* reexport */ schemas_0/* NoSuchKey$ */.sZs),
  NoSuchUpload: () => (/* reexport */ errors/* NoSuchUpload */.U7),
  NoSuchUpload$: () => (/* reexport */ schemas_0/* NoSuchUpload$ */.agu),
  NoncurrentVersionExpiration$: () => (/* reexport */ schemas_0/* NoncurrentVersionExpiration$ */.Kxq),
  NoncurrentVersionTransition$: () => (/* reexport */ schemas_0/* NoncurrentVersionTransition$ */.u2C),
  NotFound: () => (/* reexport */ errors/* NotFound */.Mk),
  NotFound$: () => (/* reexport */ schemas_0/* NotFound$ */.U_K),
  NotificationConfiguration$: () => (/* reexport */ schemas_0/* NotificationConfiguration$ */.MlI),
  NotificationConfigurationFilter$: () => (/* reexport */ schemas_0/* NotificationConfigurationFilter$ */._rb),
  ObjectAlreadyInActiveTierError: () => (/* reexport */ errors/* ObjectAlreadyInActiveTierError */.pN),
  ObjectAlreadyInActiveTierError$: () => (/* reexport */ schemas_0/* ObjectAlreadyInActiveTierError$ */.$3V),
  ObjectAttributes: () => (/* reexport */ ObjectAttributes),
  ObjectCannedACL: () => (/* reexport */ ObjectCannedACL),
  ObjectEncryption$: () => (/* reexport */ schemas_0/* ObjectEncryption$ */.fbO),
  ObjectIdentifier$: () => (/* reexport */ schemas_0/* ObjectIdentifier$ */.hLG),
  ObjectLockConfiguration$: () => (/* reexport */ schemas_0/* ObjectLockConfiguration$ */.PAD),
  ObjectLockEnabled: () => (/* reexport */ ObjectLockEnabled),
  ObjectLockEventHold: () => (/* reexport */ ObjectLockEventHold),
  ObjectLockLegalHold$: () => (/* reexport */ schemas_0/* ObjectLockLegalHold$ */.BEA),
  ObjectLockLegalHoldStatus: () => (/* reexport */ ObjectLockLegalHoldStatus),
  ObjectLockMode: () => (/* reexport */ ObjectLockMode),
  ObjectLockRetention$: () => (/* reexport */ schemas_0/* ObjectLockRetention$ */.$mq),
  ObjectLockRetentionMode: () => (/* reexport */ ObjectLockRetentionMode),
  ObjectLockRule$: () => (/* reexport */ schemas_0/* ObjectLockRule$ */.F4l),
  ObjectNotInActiveTierError: () => (/* reexport */ errors/* ObjectNotInActiveTierError */.Cw),
  ObjectNotInActiveTierError$: () => (/* reexport */ schemas_0/* ObjectNotInActiveTierError$ */.g9N),
  ObjectOwnership: () => (/* reexport */ ObjectOwnership),
  ObjectPart$: () => (/* reexport */ schemas_0/* ObjectPart$ */.j9m),
  ObjectStorageClass: () => (/* reexport */ ObjectStorageClass),
  ObjectVersion$: () => (/* reexport */ schemas_0/* ObjectVersion$ */.wYe),
  ObjectVersionStorageClass: () => (/* reexport */ ObjectVersionStorageClass),
  OptionalObjectAttributes: () => (/* reexport */ OptionalObjectAttributes),
  OutputLocation$: () => (/* reexport */ schemas_0/* OutputLocation$ */.ZcA),
  OutputSerialization$: () => (/* reexport */ schemas_0/* OutputSerialization$ */.m83),
  Owner$: () => (/* reexport */ schemas_0/* Owner$ */.KkM),
  OwnerOverride: () => (/* reexport */ OwnerOverride),
  OwnershipControls$: () => (/* reexport */ schemas_0/* OwnershipControls$ */.Wg1),
  OwnershipControlsRule$: () => (/* reexport */ schemas_0/* OwnershipControlsRule$ */.Aag),
  ParquetInput$: () => (/* reexport */ schemas_0/* ParquetInput$ */.rMg),
  Part$: () => (/* reexport */ schemas_0/* Part$ */.Mxe),
  PartitionDateSource: () => (/* reexport */ PartitionDateSource),
  PartitionedPrefix$: () => (/* reexport */ schemas_0/* PartitionedPrefix$ */.mkZ),
  Payer: () => (/* reexport */ Payer),
  Permission: () => (/* reexport */ Permission),
  PolicyStatus$: () => (/* reexport */ schemas_0/* PolicyStatus$ */.R3E),
  Progress$: () => (/* reexport */ schemas_0/* Progress$ */.M6$),
  ProgressEvent$: () => (/* reexport */ schemas_0/* ProgressEvent$ */.yDP),
  Protocol: () => (/* reexport */ Protocol),
  PublicAccessBlockConfiguration$: () => (/* reexport */ schemas_0/* PublicAccessBlockConfiguration$ */.T9S),
  PutBucketAbac$: () => (/* reexport */ schemas_0/* PutBucketAbac$ */.fb$),
  PutBucketAbacCommand: () => (/* reexport */ PutBucketAbacCommand),
  PutBucketAbacRequest$: () => (/* reexport */ schemas_0/* PutBucketAbacRequest$ */.qs2),
  PutBucketAccelerateConfiguration$: () => (/* reexport */ schemas_0/* PutBucketAccelerateConfiguration$ */.xvJ),
  PutBucketAccelerateConfigurationCommand: () => (/* reexport */ PutBucketAccelerateConfigurationCommand),
  PutBucketAccelerateConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketAccelerateConfigurationRequest$ */.kG4),
  PutBucketAcl$: () => (/* reexport */ schemas_0/* PutBucketAcl$ */.wJt),
  PutBucketAclCommand: () => (/* reexport */ PutBucketAclCommand),
  PutBucketAclRequest$: () => (/* reexport */ schemas_0/* PutBucketAclRequest$ */.J5n),
  PutBucketAnalyticsConfiguration$: () => (/* reexport */ schemas_0/* PutBucketAnalyticsConfiguration$ */.kcC),
  PutBucketAnalyticsConfigurationCommand: () => (/* reexport */ PutBucketAnalyticsConfigurationCommand),
  PutBucketAnalyticsConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketAnalyticsConfigurationRequest$ */.Hdu),
  PutBucketCors$: () => (/* reexport */ schemas_0/* PutBucketCors$ */.hXg),
  PutBucketCorsCommand: () => (/* reexport */ PutBucketCorsCommand),
  PutBucketCorsRequest$: () => (/* reexport */ schemas_0/* PutBucketCorsRequest$ */.qJW),
  PutBucketEncryption$: () => (/* reexport */ schemas_0/* PutBucketEncryption$ */.$8t),
  PutBucketEncryptionCommand: () => (/* reexport */ PutBucketEncryptionCommand),
  PutBucketEncryptionRequest$: () => (/* reexport */ schemas_0/* PutBucketEncryptionRequest$ */.O$W),
  PutBucketIntelligentTieringConfiguration$: () => (/* reexport */ schemas_0/* PutBucketIntelligentTieringConfiguration$ */.JiJ),
  PutBucketIntelligentTieringConfigurationCommand: () => (/* reexport */ PutBucketIntelligentTieringConfigurationCommand),
  PutBucketIntelligentTieringConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketIntelligentTieringConfigurationRequest$ */.Suu),
  PutBucketInventoryConfiguration$: () => (/* reexport */ schemas_0/* PutBucketInventoryConfiguration$ */.uDw),
  PutBucketInventoryConfigurationCommand: () => (/* reexport */ PutBucketInventoryConfigurationCommand),
  PutBucketInventoryConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketInventoryConfigurationRequest$ */.NGx),
  PutBucketLifecycleConfiguration$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfiguration$ */.Q4n),
  PutBucketLifecycleConfigurationCommand: () => (/* reexport */ PutBucketLifecycleConfigurationCommand),
  PutBucketLifecycleConfigurationOutput$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfigurationOutput$ */.LXx),
  PutBucketLifecycleConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketLifecycleConfigurationRequest$ */.Tln),
  PutBucketLogging$: () => (/* reexport */ schemas_0/* PutBucketLogging$ */.NH9),
  PutBucketLoggingCommand: () => (/* reexport */ PutBucketLoggingCommand),
  PutBucketLoggingRequest$: () => (/* reexport */ schemas_0/* PutBucketLoggingRequest$ */.Ya1),
  PutBucketMetricsConfiguration$: () => (/* reexport */ schemas_0/* PutBucketMetricsConfiguration$ */.bkH),
  PutBucketMetricsConfigurationCommand: () => (/* reexport */ PutBucketMetricsConfigurationCommand),
  PutBucketMetricsConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketMetricsConfigurationRequest$ */.owm),
  PutBucketNotificationConfiguration$: () => (/* reexport */ schemas_0/* PutBucketNotificationConfiguration$ */.Z8Y),
  PutBucketNotificationConfigurationCommand: () => (/* reexport */ PutBucketNotificationConfigurationCommand),
  PutBucketNotificationConfigurationRequest$: () => (/* reexport */ schemas_0/* PutBucketNotificationConfigurationRequest$ */.o1A),
  PutBucketOwnershipControls$: () => (/* reexport */ schemas_0/* PutBucketOwnershipControls$ */.jJ5),
  PutBucketOwnershipControlsCommand: () => (/* reexport */ PutBucketOwnershipControlsCommand),
  PutBucketOwnershipControlsRequest$: () => (/* reexport */ schemas_0/* PutBucketOwnershipControlsRequest$ */.Ciu),
  PutBucketPolicy$: () => (/* reexport */ schemas_0/* PutBucketPolicy$ */.UKx),
  PutBucketPolicyCommand: () => (/* reexport */ PutBucketPolicyCommand),
  PutBucketPolicyRequest$: () => (/* reexport */ schemas_0/* PutBucketPolicyRequest$ */.lmo),
  PutBucketReplication$: () => (/* reexport */ schemas_0/* PutBucketReplication$ */._TW),
  PutBucketReplicationCommand: () => (/* reexport */ PutBucketReplicationCommand),
  PutBucketReplicationRequest$: () => (/* reexport */ schemas_0/* PutBucketReplicationRequest$ */.D$f),
  PutBucketRequestPayment$: () => (/* reexport */ schemas_0/* PutBucketRequestPayment$ */.d1B),
  PutBucketRequestPaymentCommand: () => (/* reexport */ PutBucketRequestPaymentCommand),
  PutBucketRequestPaymentRequest$: () => (/* reexport */ schemas_0/* PutBucketRequestPaymentRequest$ */.iXY),
  PutBucketTagging$: () => (/* reexport */ schemas_0/* PutBucketTagging$ */.$Nq),
  PutBucketTaggingCommand: () => (/* reexport */ PutBucketTaggingCommand),
  PutBucketTaggingRequest$: () => (/* reexport */ schemas_0/* PutBucketTaggingRequest$ */.SAB),
  PutBucketVersioning$: () => (/* reexport */ schemas_0/* PutBucketVersioning$ */.EZO),
  PutBucketVersioningCommand: () => (/* reexport */ PutBucketVersioningCommand),
  PutBucketVersioningRequest$: () => (/* reexport */ schemas_0/* PutBucketVersioningRequest$ */.fQJ),
  PutBucketWebsite$: () => (/* reexport */ schemas_0/* PutBucketWebsite$ */.Jv7),
  PutBucketWebsiteCommand: () => (/* reexport */ PutBucketWebsiteCommand),
  PutBucketWebsiteRequest$: () => (/* reexport */ schemas_0/* PutBucketWebsiteRequest$ */.A2R),
  PutObject$: () => (/* reexport */ schemas_0/* PutObject$ */.lHz),
  PutObjectAcl$: () => (/* reexport */ schemas_0/* PutObjectAcl$ */.HHc),
  PutObjectAclCommand: () => (/* reexport */ PutObjectAclCommand),
  PutObjectAclOutput$: () => (/* reexport */ schemas_0/* PutObjectAclOutput$ */.sWG),
  PutObjectAclRequest$: () => (/* reexport */ schemas_0/* PutObjectAclRequest$ */.S_c),
  PutObjectAnnotation$: () => (/* reexport */ schemas_0/* PutObjectAnnotation$ */.g9F),
  PutObjectAnnotationCommand: () => (/* reexport */ PutObjectAnnotationCommand),
  PutObjectAnnotationOutput$: () => (/* reexport */ schemas_0/* PutObjectAnnotationOutput$ */.b4n),
  PutObjectAnnotationRequest$: () => (/* reexport */ schemas_0/* PutObjectAnnotationRequest$ */.JVR),
  PutObjectCommand: () => (/* reexport */ PutObjectCommand/* PutObjectCommand */.w),
  PutObjectLegalHold$: () => (/* reexport */ schemas_0/* PutObjectLegalHold$ */.V0q),
  PutObjectLegalHoldCommand: () => (/* reexport */ PutObjectLegalHoldCommand),
  PutObjectLegalHoldOutput$: () => (/* reexport */ schemas_0/* PutObjectLegalHoldOutput$ */.Gtq),
  PutObjectLegalHoldRequest$: () => (/* reexport */ schemas_0/* PutObjectLegalHoldRequest$ */.GOt),
  PutObjectLockConfiguration$: () => (/* reexport */ schemas_0/* PutObjectLockConfiguration$ */.cN2),
  PutObjectLockConfigurationCommand: () => (/* reexport */ PutObjectLockConfigurationCommand),
  PutObjectLockConfigurationOutput$: () => (/* reexport */ schemas_0/* PutObjectLockConfigurationOutput$ */.XC2),
  PutObjectLockConfigurationRequest$: () => (/* reexport */ schemas_0/* PutObjectLockConfigurationRequest$ */.PY6),
  PutObjectOutput$: () => (/* reexport */ schemas_0/* PutObjectOutput$ */._ox),
  PutObjectRequest$: () => (/* reexport */ schemas_0/* PutObjectRequest$ */.QgW),
  PutObjectRetention$: () => (/* reexport */ schemas_0/* PutObjectRetention$ */.LWh),
  PutObjectRetentionCommand: () => (/* reexport */ PutObjectRetentionCommand),
  PutObjectRetentionOutput$: () => (/* reexport */ schemas_0/* PutObjectRetentionOutput$ */.sZN),
  PutObjectRetentionRequest$: () => (/* reexport */ schemas_0/* PutObjectRetentionRequest$ */.gM$),
  PutObjectTagging$: () => (/* reexport */ schemas_0/* PutObjectTagging$ */.C2v),
  PutObjectTaggingCommand: () => (/* reexport */ PutObjectTaggingCommand),
  PutObjectTaggingOutput$: () => (/* reexport */ schemas_0/* PutObjectTaggingOutput$ */.V56),
  PutObjectTaggingRequest$: () => (/* reexport */ schemas_0/* PutObjectTaggingRequest$ */.VRp),
  PutPublicAccessBlock$: () => (/* reexport */ schemas_0/* PutPublicAccessBlock$ */.c2b),
  PutPublicAccessBlockCommand: () => (/* reexport */ PutPublicAccessBlockCommand),
  PutPublicAccessBlockRequest$: () => (/* reexport */ schemas_0/* PutPublicAccessBlockRequest$ */.hcv),
  QueueConfiguration$: () => (/* reexport */ schemas_0/* QueueConfiguration$ */.e3x),
  QuoteFields: () => (/* reexport */ QuoteFields),
  RecordExpiration$: () => (/* reexport */ schemas_0/* RecordExpiration$ */.N18),
  RecordsEvent$: () => (/* reexport */ schemas_0/* RecordsEvent$ */.f5W),
  Redirect$: () => (/* reexport */ schemas_0/* Redirect$ */.TWs),
  RedirectAllRequestsTo$: () => (/* reexport */ schemas_0/* RedirectAllRequestsTo$ */.v3G),
  RenameObject$: () => (/* reexport */ schemas_0/* RenameObject$ */.uS4),
  RenameObjectCommand: () => (/* reexport */ RenameObjectCommand),
  RenameObjectOutput$: () => (/* reexport */ schemas_0/* RenameObjectOutput$ */.B9_),
  RenameObjectRequest$: () => (/* reexport */ schemas_0/* RenameObjectRequest$ */.J74),
  ReplicaModifications$: () => (/* reexport */ schemas_0/* ReplicaModifications$ */.uC7),
  ReplicaModificationsStatus: () => (/* reexport */ ReplicaModificationsStatus),
  ReplicationConfiguration$: () => (/* reexport */ schemas_0/* ReplicationConfiguration$ */.X09),
  ReplicationRule$: () => (/* reexport */ schemas_0/* ReplicationRule$ */.PFu),
  ReplicationRuleAndOperator$: () => (/* reexport */ schemas_0/* ReplicationRuleAndOperator$ */.Uv3),
  ReplicationRuleFilter$: () => (/* reexport */ schemas_0/* ReplicationRuleFilter$ */.x1N),
  ReplicationRuleStatus: () => (/* reexport */ ReplicationRuleStatus),
  ReplicationStatus: () => (/* reexport */ ReplicationStatus),
  ReplicationTime$: () => (/* reexport */ schemas_0/* ReplicationTime$ */.sZL),
  ReplicationTimeStatus: () => (/* reexport */ ReplicationTimeStatus),
  ReplicationTimeValue$: () => (/* reexport */ schemas_0/* ReplicationTimeValue$ */.NzM),
  RequestCharged: () => (/* reexport */ RequestCharged),
  RequestPayer: () => (/* reexport */ RequestPayer),
  RequestPaymentConfiguration$: () => (/* reexport */ schemas_0/* RequestPaymentConfiguration$ */.eN4),
  RequestProgress$: () => (/* reexport */ schemas_0/* RequestProgress$ */.$Y5),
  RestoreObject$: () => (/* reexport */ schemas_0/* RestoreObject$ */.C19),
  RestoreObjectCommand: () => (/* reexport */ RestoreObjectCommand),
  RestoreObjectOutput$: () => (/* reexport */ schemas_0/* RestoreObjectOutput$ */.PZ8),
  RestoreObjectRequest$: () => (/* reexport */ schemas_0/* RestoreObjectRequest$ */.rnp),
  RestoreRequest$: () => (/* reexport */ schemas_0/* RestoreRequest$ */.ACF),
  RestoreRequestType: () => (/* reexport */ RestoreRequestType),
  RestoreStatus$: () => (/* reexport */ schemas_0/* RestoreStatus$ */.Lhc),
  RoutingRule$: () => (/* reexport */ schemas_0/* RoutingRule$ */.vDH),
  S3: () => (/* reexport */ S3),
  S3Client: () => (/* reexport */ S3Client),
  S3KeyFilter$: () => (/* reexport */ schemas_0/* S3KeyFilter$ */.kb6),
  S3Location$: () => (/* reexport */ schemas_0/* S3Location$ */.Oud),
  S3ServiceException: () => (/* reexport */ S3ServiceException/* S3ServiceException */.H),
  S3ServiceException$: () => (/* reexport */ schemas_0/* S3ServiceException$ */.zxP),
  S3TablesBucketType: () => (/* reexport */ S3TablesBucketType),
  S3TablesDestination$: () => (/* reexport */ schemas_0/* S3TablesDestination$ */.QKU),
  S3TablesDestinationResult$: () => (/* reexport */ schemas_0/* S3TablesDestinationResult$ */.$TK),
  SSEKMS$: () => (/* reexport */ schemas_0/* SSEKMS$ */.RMn),
  SSEKMSEncryption$: () => (/* reexport */ schemas_0/* SSEKMSEncryption$ */.MwT),
  SSES3$: () => (/* reexport */ schemas_0/* SSES3$ */.GEh),
  ScanRange$: () => (/* reexport */ schemas_0/* ScanRange$ */.Vdo),
  SelectObjectContent$: () => (/* reexport */ schemas_0/* SelectObjectContent$ */.vlV),
  SelectObjectContentCommand: () => (/* reexport */ SelectObjectContentCommand),
  SelectObjectContentEventStream$: () => (/* reexport */ schemas_0/* SelectObjectContentEventStream$ */.F1e),
  SelectObjectContentOutput$: () => (/* reexport */ schemas_0/* SelectObjectContentOutput$ */.Yis),
  SelectObjectContentRequest$: () => (/* reexport */ schemas_0/* SelectObjectContentRequest$ */.AbX),
  SelectParameters$: () => (/* reexport */ schemas_0/* SelectParameters$ */.VTE),
  ServerSideEncryption: () => (/* reexport */ ServerSideEncryption),
  ServerSideEncryptionByDefault$: () => (/* reexport */ schemas_0/* ServerSideEncryptionByDefault$ */.IOm),
  ServerSideEncryptionConfiguration$: () => (/* reexport */ schemas_0/* ServerSideEncryptionConfiguration$ */.QAx),
  ServerSideEncryptionRule$: () => (/* reexport */ schemas_0/* ServerSideEncryptionRule$ */.cmN),
  SessionCredentials$: () => (/* reexport */ schemas_0/* SessionCredentials$ */.vjF),
  SessionMode: () => (/* reexport */ SessionMode),
  SimplePrefix$: () => (/* reexport */ schemas_0/* SimplePrefix$ */.pOb),
  SourceSelectionCriteria$: () => (/* reexport */ schemas_0/* SourceSelectionCriteria$ */.LXY),
  SseKmsEncryptedObjects$: () => (/* reexport */ schemas_0/* SseKmsEncryptedObjects$ */.JyD),
  SseKmsEncryptedObjectsStatus: () => (/* reexport */ SseKmsEncryptedObjectsStatus),
  Stats$: () => (/* reexport */ schemas_0/* Stats$ */._wF),
  StatsEvent$: () => (/* reexport */ schemas_0/* StatsEvent$ */.WGN),
  StorageClass: () => (/* reexport */ StorageClass),
  StorageClassAnalysis$: () => (/* reexport */ schemas_0/* StorageClassAnalysis$ */.WGg),
  StorageClassAnalysisDataExport$: () => (/* reexport */ schemas_0/* StorageClassAnalysisDataExport$ */.u$8),
  StorageClassAnalysisSchemaVersion: () => (/* reexport */ StorageClassAnalysisSchemaVersion),
  TableSseAlgorithm: () => (/* reexport */ TableSseAlgorithm),
  Tag$: () => (/* reexport */ schemas_0/* Tag$ */.RU0),
  Tagging$: () => (/* reexport */ schemas_0/* Tagging$ */.AfP),
  TaggingDirective: () => (/* reexport */ TaggingDirective),
  TargetGrant$: () => (/* reexport */ schemas_0/* TargetGrant$ */.Wx9),
  TargetObjectKeyFormat$: () => (/* reexport */ schemas_0/* TargetObjectKeyFormat$ */.bSX),
  Tier: () => (/* reexport */ Tier),
  Tiering$: () => (/* reexport */ schemas_0/* Tiering$ */.T1m),
  TooManyParts: () => (/* reexport */ errors/* TooManyParts */.Go),
  TooManyParts$: () => (/* reexport */ schemas_0/* TooManyParts$ */.GeG),
  TopicConfiguration$: () => (/* reexport */ schemas_0/* TopicConfiguration$ */.OJe),
  Transition$: () => (/* reexport */ schemas_0/* Transition$ */.S3I),
  TransitionDefaultMinimumObjectSize: () => (/* reexport */ TransitionDefaultMinimumObjectSize),
  TransitionStorageClass: () => (/* reexport */ TransitionStorageClass),
  Type: () => (/* reexport */ Type),
  UnsupportedMediaType: () => (/* reexport */ errors/* UnsupportedMediaType */.oX),
  UnsupportedMediaType$: () => (/* reexport */ schemas_0/* UnsupportedMediaType$ */.mQj),
  UpdateBucketMetadataAnnotationTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataAnnotationTableConfiguration$ */.cNf),
  UpdateBucketMetadataAnnotationTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataAnnotationTableConfigurationCommand),
  UpdateBucketMetadataAnnotationTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataAnnotationTableConfigurationRequest$ */.bUv),
  UpdateBucketMetadataInventoryTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataInventoryTableConfiguration$ */.JYM),
  UpdateBucketMetadataInventoryTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataInventoryTableConfigurationCommand),
  UpdateBucketMetadataInventoryTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataInventoryTableConfigurationRequest$ */.WuC),
  UpdateBucketMetadataJournalTableConfiguration$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataJournalTableConfiguration$ */.ARD),
  UpdateBucketMetadataJournalTableConfigurationCommand: () => (/* reexport */ UpdateBucketMetadataJournalTableConfigurationCommand),
  UpdateBucketMetadataJournalTableConfigurationRequest$: () => (/* reexport */ schemas_0/* UpdateBucketMetadataJournalTableConfigurationRequest$ */.RN1),
  UpdateObjectEncryption$: () => (/* reexport */ schemas_0/* UpdateObjectEncryption$ */.EYj),
  UpdateObjectEncryptionCommand: () => (/* reexport */ UpdateObjectEncryptionCommand),
  UpdateObjectEncryptionRequest$: () => (/* reexport */ schemas_0/* UpdateObjectEncryptionRequest$ */.F4Q),
  UpdateObjectEncryptionResponse$: () => (/* reexport */ schemas_0/* UpdateObjectEncryptionResponse$ */.Pwg),
  UploadPart$: () => (/* reexport */ schemas_0/* UploadPart$ */.nCU),
  UploadPartCommand: () => (/* reexport */ UploadPartCommand),
  UploadPartCopy$: () => (/* reexport */ schemas_0/* UploadPartCopy$ */.Qp6),
  UploadPartCopyCommand: () => (/* reexport */ UploadPartCopyCommand),
  UploadPartCopyOutput$: () => (/* reexport */ schemas_0/* UploadPartCopyOutput$ */.B5D),
  UploadPartCopyRequest$: () => (/* reexport */ schemas_0/* UploadPartCopyRequest$ */.xjI),
  UploadPartOutput$: () => (/* reexport */ schemas_0/* UploadPartOutput$ */.me6),
  UploadPartRequest$: () => (/* reexport */ schemas_0/* UploadPartRequest$ */.goj),
  VersioningConfiguration$: () => (/* reexport */ schemas_0/* VersioningConfiguration$ */.JL2),
  WebsiteConfiguration$: () => (/* reexport */ schemas_0/* WebsiteConfiguration$ */.M58),
  WriteGetObjectResponse$: () => (/* reexport */ schemas_0/* WriteGetObjectResponse$ */.IHV),
  WriteGetObjectResponseCommand: () => (/* reexport */ WriteGetObjectResponseCommand),
  WriteGetObjectResponseRequest$: () => (/* reexport */ schemas_0/* WriteGetObjectResponseRequest$ */.BvX),
  _Error$: () => (/* reexport */ schemas_0/* _Error$ */.Yh5),
  _Object$: () => (/* reexport */ schemas_0/* _Object$ */.n_),
  __Client: () => (/* reexport */ submodules_client.Client),
  errorTypeRegistries: () => (/* reexport */ schemas_0/* errorTypeRegistries */.q1U),
  paginateListBuckets: () => (/* reexport */ paginateListBuckets),
  paginateListDirectoryBuckets: () => (/* reexport */ paginateListDirectoryBuckets),
  paginateListObjectAnnotations: () => (/* reexport */ paginateListObjectAnnotations),
  paginateListObjectsV2: () => (/* reexport */ paginateListObjectsV2),
  paginateListParts: () => (/* reexport */ paginateListParts),
  waitForBucketExists: () => (/* reexport */ waitForBucketExists),
  waitForBucketNotExists: () => (/* reexport */ waitForBucketNotExists),
  waitForObjectExists: () => (/* reexport */ waitForObjectExists),
  waitForObjectNotExists: () => (/* reexport */ waitForObjectNotExists),
  waitUntilBucketExists: () => (/* reexport */ waitUntilBucketExists),
  waitUntilBucketNotExists: () => (/* reexport */ waitUntilBucketNotExists),
  waitUntilObjectExists: () => (/* reexport */ waitUntilObjectExists),
  waitUntilObjectNotExists: () => (/* reexport */ waitUntilObjectNotExists)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/checksums/dist-cjs/submodules/flexible-checksums/index.js
var flexible_checksums = __webpack_require__(238);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/client/index.js
var client = __webpack_require__(5152);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/middleware-sdk-s3/dist-cjs/submodules/s3/index.js
var s3 = __webpack_require__(5028);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/index.js
var dist_cjs = __webpack_require__(402);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/client/index.js
var submodules_client = __webpack_require__(2658);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/config/index.js
var submodules_config = __webpack_require__(7291);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/endpoints/index.js
var endpoints = __webpack_require__(2085);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/event-streams/index.js
var event_streams = __webpack_require__(6579);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/protocols/index.js
var protocols = __webpack_require__(3422);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/schema/index.js
var schema = __webpack_require__(6890);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/core/dist-cjs/submodules/httpAuthSchemes/index.js
var httpAuthSchemes = __webpack_require__(7523);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/signature-v4-multi-region/dist-es/SignatureV4MultiRegion.js
var SignatureV4MultiRegion = __webpack_require__(7296);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/bdd.js

const aw = "ref", ax = "argv", ay = "backend", az = "authSchemes", aA = "disableDoubleEncoding", aB = "signingName", aC = "signingRegion", aD = "signingRegionSet";
const a = -1, b = true, c = false, d = "isSet", e = "booleanEquals", f = "stringEquals", g = "coalesce", h = "substring", i = "", j = "aws.partition", k = "partitionResult", l = "accessPointSuffix", m = "regionPrefix", n = (n) => "outpostId_ssa_" + n + i, o = "hardwareType", p = "ite", q = "isValidHostLabel", s = "sigv4", t = "aws.isVirtualHostableS3Bucket", u = "url", v = "getAttr", w = "bucketArn", x = "--", y = "arnType", z = "accesspoint", A = (n) => "accessPointName_ssa_" + n + i, B = "s3-object-lambda", C = "s3-outposts", D = "bucketPartition", E = "us-east-1", F = "outpostType", G = "name", H = "s3", I = "{url#scheme}://{Bucket}.{url#authority}{url#path}", J = "{url#scheme}://{url#authority}{url#path}", K = "{url#scheme}://{url#authority}{url#normalizedPath}{Bucket}", L = "https://{Bucket}.s3-accelerate.{partitionResult#dnsSuffix}", M = "https://{Bucket}.s3.{partitionResult#dnsSuffix}", N = (n) => "{url#scheme}://{accessPointName_ssa_" + n + "}-{bucketArn#accountId}.{url#authority}{url#path}", O = (n) => "Invalid ARN: The access point name may only contain a-z, A-Z, 0-9 and `-`. Found: `{accessPointName_ssa_" + n + "}`", P = "sigv4a", Q = "{url#scheme}://{url#authority}{url#normalizedPath}{uri_encoded_bucket}", R = "https://s3.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", S = "https://s3.{partitionResult#dnsSuffix}", T = { [aw]: "UseFIPS" }, U = { [aw]: "UseDualStack" }, V = { [aw]: "Bucket" }, W = { "fn": v, [ax]: [{ [aw]: k }, G] }, X = { [aw]: u }, Y = { [aw]: "Region" }, Z = { [aw]: w }, aa = { [aw]: y }, ab = { [aw]: "accessPointName_ssa_1" }, ac = { "fn": v, [ax]: [Z, "region"] }, ad = { [aw]: o }, ae = { "fn": v, [ax]: [Z, "service"] }, af = { "fn": v, [ax]: [Z, "accountId"] }, ag = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: "{_s3e_auth}", [aB]: "s3express", [aC]: "{Region}" }] }, ah = { [ay]: "S3Express", [az]: [{ [aA]: true, [G]: s, [aB]: "s3express", [aC]: "{Region}" }] }, ai = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{Region}" }] }, aj = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: E }] }, ak = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{Region}" }] }, al = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{bucketArn#region}" }] }, am = { [az]: [{ [aA]: true, [G]: s, [aB]: H, [aC]: "{bucketArn#region}" }] }, an = { [az]: [{ [aA]: true, [G]: P, [aB]: C, [aD]: ["*"] }, { [aA]: true, [G]: s, [aB]: C, [aC]: "{bucketArn#region}" }] }, ao = { [az]: [{ [aA]: true, [G]: s, [aB]: B, [aC]: "{Region}" }] }, ap = [Y], aq = [{ [aw]: "Endpoint" }], as = [V], at = [V, 0, 7, true], au = [Z, "resourceId[1]"], av = ["*"];
const _data = {
    conditions: [
        [d, ap],
        [e, [{ [aw]: "Accelerate" }, b]],
        [e, [T, b]],
        [e, [U, b]],
        [d, aq],
        [d, as],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 0, 6, b] }, i] }, "--x-s3"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: at }, i] }, "--xa-s3"]],
        [j, ap, k],
        [h, at, l],
        [f, [{ [aw]: l }, "--op-s3"]],
        [h, [V, 8, 12, b], m],
        [h, [V, 32, 49, b], n(2)],
        [h, [V, 49, 50, b], o],
        [e, [{ [aw]: "ForcePathStyle" }, b]],
        [f, [W, "aws-cn"]],
        [p, [U, ".dualstack", i], "_s3e_ds"],
        [q, [{ [aw]: n(2) }, c]],
        [p, [T, "-fips", i], "_s3e_fips"],
        [p, [{ fn: g, [ax]: [{ [aw]: "DisableS3ExpressSessionAuth" }, c] }, s, "sigv4-s3express"], "_s3e_auth"],
        [t, [V, c]],
        ["parseURL", aq, u],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseS3ExpressControlEndpoint" }, c] }, b]],
        [t, [V, b]],
        [f, [{ fn: v, [ax]: [X, "scheme"] }, "http"]],
        [q, [Y, c]],
        ["aws.parseArn", as, w],
        [v, [{ fn: "split", [ax]: [V, x, 0] }, "[-2]"], "s3expressAvailabilityZoneId"],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 0, 4, c] }, i] }, "arn:"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 16, 18, b] }, i] }, x]],
        [e, [{ fn: v, [ax]: [X, "isIp"] }, b]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 21, 23, b] }, i] }, x]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 27, 29, b] }, i] }, x]],
        [f, [{ [aw]: m }, "beta"]],
        ["uriEncode", as, "uri_encoded_bucket"],
        [q, [Y, b]],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseObjectLambdaEndpoint" }, c] }, b]],
        [v, [Z, "resourceId[0]"], y],
        [f, [aa, i]],
        [f, [aa, z]],
        [v, au, A(1)],
        [f, [ab, i]],
        [f, [ac, i]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 14, 16, b] }, i] }, x]],
        [f, [ad, "e"]],
        [f, [ad, "o"]],
        [f, [Y, "aws-global"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 19, 21, b] }, i] }, x]],
        [f, [ae, B]],
        [e, [{ fn: g, [ax]: [{ [aw]: "DisableAccessPoints" }, c] }, b]],
        [f, [ae, C]],
        [j, [ac], D],
        [q, [ab, b]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 26, 28, b] }, i] }, x]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 15, 17, b] }, i] }, x]],
        [v, [Z, "resourceId[4]"]],
        [f, [{ fn: g, [ax]: [{ fn: h, [ax]: [V, 20, 22, b] }, i] }, x]],
        [e, [{ [aw]: "UseGlobalEndpoint" }, b]],
        [f, [Y, E]],
        [v, au, n(1)],
        [e, [{ fn: g, [ax]: [{ [aw]: "UseArnRegion" }, b] }, b]],
        [q, [{ [aw]: n(1) }, c]],
        [v, [Z, "resourceId[2]"], F],
        [f, [Y, ac]],
        [f, [{ fn: v, [ax]: [{ [aw]: D }, G] }, W]],
        [e, [{ [aw]: "DisableMultiRegionAccessPoints" }, b]],
        [q, [ac, b]],
        [f, [{ fn: v, [ax]: [Z, "partition"] }, W]],
        [f, [af, i]],
        [f, [ae, H]],
        [q, [af, c]],
        [v, [Z, "resourceId[3]"], A(2)],
        [q, [ab, c]],
        [f, [{ [aw]: F }, z]],
        [q, [{ [aw]: A(2) }, c]]
    ],
    results: [
        [a],
        [a, "Accelerate cannot be used with FIPS"],
        [a, "Cannot set dual-stack in combination with a custom endpoint."],
        [a, "A custom endpoint cannot be combined with FIPS"],
        [a, "A custom endpoint cannot be combined with S3 Accelerate"],
        [a, "Partition does not support FIPS"],
        [a, "S3Express does not support S3 Accelerate."],
        ["{url#scheme}://{url#authority}/{uri_encoded_bucket}{url#path}", ag],
        [I, ag],
        [a, "S3Express bucket name is not a valid virtual hostable name."],
        ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ah],
        ["https://{Bucket}.s3express{_s3e_fips}-{s3expressAvailabilityZoneId}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ag],
        [a, "Unrecognized S3Express bucket name format."],
        [J, ag],
        ["https://s3express-control{_s3e_fips}{_s3e_ds}.{Region}.{partitionResult#dnsSuffix}", ah],
        [a, "Expected a endpoint to be specified but no endpoint was found"],
        ["https://{Bucket}.ec2.{url#authority}", ai],
        ["https://{Bucket}.ec2.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
        ["https://{Bucket}.op-{outpostId_ssa_2}.{url#authority}", ai],
        ["https://{Bucket}.op-{outpostId_ssa_2}.s3-outposts.{Region}.{partitionResult#dnsSuffix}", ai],
        [a, "Unrecognized hardware type: \"Expected hardware type o or e but got {hardwareType}\""],
        [a, "Invalid Outposts Bucket alias - it must be a valid bucket name."],
        [a, "Invalid ARN: The outpost Id must only contain a-z, A-Z, 0-9 and `-`."],
        [a, "Custom endpoint `{Endpoint}` was not a valid URI"],
        [a, "S3 Accelerate cannot be used in this region"],
        ["https://{Bucket}.s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3-accelerate.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3-accelerate.dualstack.{partitionResult#dnsSuffix}", ak],
        ["https://{Bucket}.s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://{Bucket}.s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        [K, aj],
        [I, aj],
        [K, ak],
        [I, ak],
        [L, aj],
        [L, ak],
        [M, aj],
        [M, ak],
        ["https://{Bucket}.s3.{Region}.{partitionResult#dnsSuffix}", ak],
        [a, "Invalid region: region was not a valid DNS name."],
        [a, "S3 Object Lambda does not support Dual-stack"],
        [a, "S3 Object Lambda does not support S3 Accelerate"],
        [a, "Access points are not supported for this operation"],
        [a, "Invalid configuration: region from ARN `{bucketArn#region}` does not match client region `{Region}` and UseArnRegion is `false`"],
        [a, "Invalid ARN: Missing account id"],
        [N(1), al],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-object-lambda.{bucketArn#region}.{bucketPartition#dnsSuffix}", al],
        [a, O(1)],
        [a, "Invalid ARN: The account id may only contain a-z, A-Z, 0-9 and `-`. Found: `{bucketArn#accountId}`"],
        [a, "Invalid region in ARN: `{bucketArn#region}` (invalid DNS name)"],
        [a, "Client was configured for partition `{partitionResult#name}` but ARN (`{Bucket}`) has `{bucketPartition#name}`"],
        [a, "Invalid ARN: The ARN may only contain a single resource component after `accesspoint`."],
        [a, "Invalid ARN: bucket ARN is missing a region"],
        [a, "Invalid ARN: Expected a resource of the format `accesspoint:<accesspoint name>` but no name was provided"],
        [a, "Invalid ARN: Object Lambda ARNs only support `accesspoint` arn types, but found: `{arnType}`"],
        [a, "Access Points do not support S3 Accelerate"],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint-fips.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.dualstack.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        [N(1), am],
        ["https://{accessPointName_ssa_1}-{bucketArn#accountId}.s3-accesspoint.{bucketArn#region}.{bucketPartition#dnsSuffix}", am],
        [a, "Invalid ARN: The ARN was not for the S3 service, found: {bucketArn#service}"],
        [a, "S3 MRAP does not support dual-stack"],
        [a, "S3 MRAP does not support FIPS"],
        [a, "S3 MRAP does not support S3 Accelerate"],
        [a, "Invalid configuration: Multi-Region Access Point ARNs are disabled."],
        ["https://{accessPointName_ssa_1}.accesspoint.s3-global.{partitionResult#dnsSuffix}", { [az]: [{ [aA]: b, name: P, [aB]: H, [aD]: av }] }],
        [a, "Client was configured for partition `{partitionResult#name}` but bucket referred to partition `{bucketArn#partition}`"],
        [a, "Invalid Access Point Name"],
        [a, "S3 Outposts does not support Dual-stack"],
        [a, "S3 Outposts does not support FIPS"],
        [a, "S3 Outposts does not support S3 Accelerate"],
        [a, "Invalid Arn: Outpost Access Point ARN contains sub resources"],
        ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.{url#authority}", an],
        ["https://{accessPointName_ssa_2}-{bucketArn#accountId}.{outpostId_ssa_1}.s3-outposts.{bucketArn#region}.{bucketPartition#dnsSuffix}", an],
        [a, O(2)],
        [a, "Expected an outpost type `accesspoint`, found {outpostType}"],
        [a, "Invalid ARN: expected an access point name"],
        [a, "Invalid ARN: Expected a 4-component resource"],
        [a, "Invalid ARN: The outpost Id may only contain a-z, A-Z, 0-9 and `-`. Found: `{outpostId_ssa_1}`"],
        [a, "Invalid ARN: The Outpost Id was not set"],
        [a, "Invalid ARN: Unrecognized format: {Bucket} (type: {arnType})"],
        [a, "Invalid ARN: No ARN type specified"],
        [a, "Invalid ARN: `{Bucket}` was not a valid ARN"],
        [a, "Path-style addressing cannot be used with ARN buckets"],
        ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", aj],
        ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        [Q, aj],
        [Q, ak],
        [R, aj],
        [R, ak],
        ["https://s3.{Region}.{partitionResult#dnsSuffix}/{uri_encoded_bucket}", ak],
        [a, "Path-style addressing cannot be used with S3 Accelerate"],
        [J, ao],
        ["https://s3-object-lambda-fips.{Region}.{partitionResult#dnsSuffix}", ao],
        ["https://s3-object-lambda.{Region}.{partitionResult#dnsSuffix}", ao],
        ["https://s3-fips.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3-fips.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://s3-fips.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3-fips.{Region}.{partitionResult#dnsSuffix}", ak],
        ["https://s3.dualstack.us-east-1.{partitionResult#dnsSuffix}", aj],
        ["https://s3.dualstack.{Region}.{partitionResult#dnsSuffix}", ak],
        [J, aj],
        [J, ak],
        [S, aj],
        [S, ak],
        ["https://s3.{Region}.{partitionResult#dnsSuffix}", ak],
        [a, "A region must be set when sending requests to S3."]
    ]
};
const root = 2;
const r = 100_000_000;
const nodes = new Int32Array([
    -1, 1, -1,
    0, 3, r + 115,
    1, 424, 4,
    2, 272, 5,
    3, 233, 6,
    4, 85, 7,
    5, 15, 8,
    8, 9, r + 115,
    16, 10, 13,
    18, 11, 13,
    19, 12, 13,
    22, r + 14, 13,
    35, 14, r + 42,
    36, r + 103, 435,
    6, 271, 16,
    7, 270, 17,
    8, 19, 18,
    14, 501, 106,
    9, 20, 24,
    10, 21, 24,
    11, 22, 24,
    12, 23, 24,
    13, 547, 24,
    14, 77, 25,
    20, 73, 26,
    26, 27, 78,
    37, 28, r + 86,
    38, r + 86, 29,
    39, 47, 30,
    48, r + 58, 31,
    50, 32, r + 85,
    51, 33, 136,
    55, r + 76, 34,
    59, 35, r + 84,
    60, 39, 36,
    61, 37, r + 83,
    62, 38, 146,
    63, 41, r + 46,
    61, 40, r + 83,
    62, 41, 150,
    64, 42, r + 54,
    66, 43, r + 53,
    70, 44, r + 52,
    71, 45, r + 81,
    73, 46, r + 80,
    74, r + 78, r + 79,
    40, 48, r + 57,
    41, r + 57, 49,
    42, 185, 50,
    48, 62, 51,
    49, r + 45, 52,
    51, 53, 526,
    60, 56, 54,
    62, r + 55, 55,
    63, 57, r + 46,
    62, r + 55, 57,
    64, 58, r + 54,
    66, 59, r + 53,
    69, 60, r + 65,
    70, 61, r + 52,
    72, r + 64, r + 51,
    49, r + 45, 63,
    51, 64, 526,
    60, 67, 65,
    62, r + 55, 66,
    63, 68, r + 46,
    62, r + 55, 68,
    64, 69, r + 54,
    66, 70, r + 53,
    68, r + 47, 71,
    70, 72, r + 52,
    72, r + 50, r + 51,
    25, 74, r + 42,
    46, r + 39, 75,
    57, 76, r + 41,
    58, r + 40, r + 41,
    26, r + 88, 78,
    28, r + 87, 79,
    34, 82, 80,
    35, 81, 545,
    36, r + 103, r + 115,
    46, r + 97, 83,
    57, 84, r + 99,
    58, r + 98, r + 99,
    5, 101, 86,
    8, 87, r + 115,
    16, 88, 89,
    18, 91, 89,
    19, 90, 92,
    21, 97, 95,
    19, 93, 92,
    21, 98, 95,
    21, 97, 94,
    22, r + 14, 95,
    35, 96, r + 42,
    36, r + 103, r + 42,
    22, r + 13, 98,
    35, 99, r + 42,
    36, r + 101, 100,
    46, r + 110, r + 111,
    6, 214, 102,
    7, 208, 103,
    8, 119, 104,
    14, 118, 105,
    21, 106, r + 23,
    26, 107, 502,
    37, 108, r + 86,
    38, r + 86, 109,
    39, 112, 110,
    48, r + 58, 111,
    50, 136, r + 85,
    40, 113, r + 57,
    41, r + 57, 114,
    42, 115, 500,
    48, r + 56, 116,
    52, 117, r + 72,
    65, r + 69, r + 72,
    21, 501, r + 23,
    9, 120, 124,
    10, 121, 124,
    11, 122, 124,
    12, 123, 124,
    13, 202, 124,
    14, 195, 125,
    20, 190, 126,
    21, 127, r + 23,
    23, 128, 129,
    24, 189, 129,
    26, 130, 197,
    37, 131, r + 86,
    38, r + 86, 132,
    39, 159, 133,
    48, r + 58, 134,
    50, 135, r + 85,
    51, 141, 136,
    55, r + 76, 137,
    59, 138, r + 84,
    60, r + 83, 139,
    61, 140, r + 83,
    63, r + 83, r + 46,
    55, r + 76, 142,
    59, 143, r + 84,
    60, 148, 144,
    61, 145, r + 83,
    62, 147, 146,
    63, 150, r + 46,
    63, 153, r + 46,
    61, 149, r + 83,
    62, 153, 150,
    64, 151, r + 54,
    66, 152, r + 53,
    70, r + 82, r + 52,
    64, 154, r + 54,
    66, 155, r + 53,
    70, 156, r + 52,
    71, 157, r + 81,
    73, 158, r + 80,
    74, r + 77, r + 79,
    40, 160, r + 57,
    41, r + 57, 161,
    42, 185, 162,
    48, 174, 163,
    49, r + 45, 164,
    51, 165, 526,
    60, 168, 166,
    62, r + 55, 167,
    63, 169, r + 46,
    62, r + 55, 169,
    64, 170, r + 54,
    66, 171, r + 53,
    69, 172, r + 65,
    70, 173, r + 52,
    72, r + 63, r + 51,
    49, r + 45, 175,
    51, 176, 526,
    60, 179, 177,
    62, r + 55, 178,
    63, 180, r + 46,
    62, r + 55, 180,
    64, 181, r + 54,
    66, 182, r + 53,
    68, r + 47, 183,
    70, 184, r + 52,
    72, r + 48, r + 51,
    48, r + 56, 186,
    52, 187, r + 72,
    65, r + 69, 188,
    67, r + 70, r + 71,
    25, r + 36, r + 42,
    21, 191, r + 23,
    25, 192, r + 42,
    30, 194, 193,
    46, r + 34, r + 36,
    46, r + 33, r + 35,
    21, 196, r + 23,
    26, r + 88, 197,
    28, r + 87, 198,
    34, 201, 199,
    35, 200, 545,
    36, r + 101, r + 115,
    46, r + 95, r + 96,
    17, 203, r + 22,
    20, 204, r + 21,
    21, 205, 550,
    33, 206, 550,
    44, r + 16, 207,
    45, r + 18, r + 20,
    8, 209, 215,
    16, 210, 220,
    18, 211, 220,
    19, 212, 224,
    20, 213, 227,
    21, 231, 401,
    8, 218, 215,
    19, 216, r + 9,
    20, 217, 227,
    21, 231, r + 9,
    16, 219, 220,
    18, 223, 220,
    19, 221, 224,
    20, 222, 227,
    21, 231, r + 12,
    19, 226, 224,
    20, 225, r + 9,
    21, r + 9, r + 12,
    20, 230, 227,
    21, 228, r + 9,
    30, 229, r + 9,
    34, r + 7, r + 9,
    21, 231, 415,
    30, 232, r + 8,
    34, r + 7, r + 8,
    4, r + 2, 234,
    5, 235, 480,
    6, 271, 236,
    7, 270, 237,
    8, 238, 491,
    9, 239, 243,
    10, 240, 243,
    11, 241, 243,
    12, 242, 243,
    13, 547, 243,
    14, 266, 244,
    20, 264, 245,
    26, 246, 267,
    37, 247, r + 86,
    38, r + 86, 248,
    39, 249, 518,
    40, 250, r + 57,
    41, r + 57, 251,
    42, 538, 252,
    48, r + 43, 253,
    49, r + 45, 254,
    51, 255, 526,
    60, 258, 256,
    62, r + 55, 257,
    63, 259, r + 46,
    62, r + 55, 259,
    64, 260, r + 54,
    66, 261, r + 53,
    69, 262, r + 65,
    70, 263, r + 52,
    72, r + 62, r + 51,
    25, 265, r + 42,
    46, r + 31, r + 32,
    26, r + 88, 267,
    28, r + 87, 268,
    34, 269, 544,
    46, r + 93, r + 94,
    8, 397, r + 9,
    8, 407, r + 9,
    3, 346, 273,
    4, r + 3, 274,
    5, 284, 275,
    8, 276, r + 115,
    15, r + 5, 277,
    16, 278, 281,
    18, 279, 281,
    19, 280, 281,
    22, r + 14, 281,
    35, 282, r + 42,
    36, r + 102, 283,
    46, r + 106, r + 107,
    6, 405, 285,
    7, 395, 286,
    8, 295, 287,
    14, 501, 288,
    26, 289, 502,
    37, 290, r + 86,
    38, r + 86, 291,
    39, 292, 307,
    40, 293, r + 57,
    41, r + 57, 294,
    42, 335, 500,
    9, 296, 300,
    10, 297, 300,
    11, 298, 300,
    12, 299, 300,
    13, 394, 300,
    14, 339, 301,
    15, r + 5, 302,
    20, 337, 303,
    26, 304, 341,
    37, 305, r + 86,
    38, r + 86, 306,
    39, 309, 307,
    48, r + 58, 308,
    50, r + 74, r + 85,
    40, 310, r + 57,
    41, r + 57, 311,
    42, 335, 312,
    48, 324, 313,
    49, r + 45, 314,
    51, 315, 526,
    60, 318, 316,
    62, r + 55, 317,
    63, 319, r + 46,
    62, r + 55, 319,
    64, 320, r + 54,
    66, 321, r + 53,
    69, 322, r + 65,
    70, 323, r + 52,
    72, r + 61, r + 51,
    49, r + 45, 325,
    51, 326, 526,
    60, 329, 327,
    62, r + 55, 328,
    63, 330, r + 46,
    62, r + 55, 330,
    64, 331, r + 54,
    66, 332, r + 53,
    68, r + 47, 333,
    70, 334, r + 52,
    72, r + 49, r + 51,
    48, r + 56, 336,
    52, r + 67, r + 72,
    25, 338, r + 42,
    46, r + 27, r + 28,
    15, r + 5, 340,
    26, r + 88, 341,
    28, r + 87, 342,
    34, 345, 343,
    35, 344, 545,
    36, r + 102, r + 115,
    46, r + 91, r + 92,
    4, r + 2, 347,
    5, 357, 348,
    8, 349, r + 115,
    15, r + 5, 350,
    16, 351, 354,
    18, 352, 354,
    19, 353, 354,
    22, r + 14, 354,
    35, 355, r + 42,
    36, r + 43, 356,
    46, r + 104, r + 105,
    6, 405, 358,
    7, 395, 359,
    8, 360, 491,
    9, 361, 365,
    10, 362, 365,
    11, 363, 365,
    12, 364, 365,
    13, 394, 365,
    14, 389, 366,
    15, r + 5, 367,
    20, 387, 368,
    26, 369, 391,
    37, 370, r + 86,
    38, r + 86, 371,
    39, 372, 518,
    40, 373, r + 57,
    41, r + 57, 374,
    42, 538, 375,
    48, r + 43, 376,
    49, r + 45, 377,
    51, 378, 526,
    60, 381, 379,
    62, r + 55, 380,
    63, 382, r + 46,
    62, r + 55, 382,
    64, 383, r + 54,
    66, 384, r + 53,
    69, 385, r + 65,
    70, 386, r + 52,
    72, r + 60, r + 51,
    25, 388, r + 42,
    46, r + 25, r + 26,
    15, r + 5, 390,
    26, r + 88, 391,
    28, r + 87, 392,
    34, 393, 544,
    46, r + 89, r + 90,
    15, r + 5, 547,
    8, 396, r + 9,
    15, r + 5, 397,
    16, 398, 410,
    18, 399, 410,
    19, 400, 410,
    20, 401, r + 9,
    27, 402, r + 12,
    29, r + 11, 403,
    31, r + 11, 404,
    32, r + 11, 422,
    8, 406, r + 9,
    15, r + 5, 407,
    16, 408, 410,
    18, 409, 410,
    19, 411, 410,
    20, r + 12, r + 9,
    20, 414, 412,
    22, 413, r + 9,
    34, r + 10, r + 9,
    22, 416, 415,
    27, 419, r + 12,
    27, 418, 417,
    34, r + 10, r + 12,
    34, r + 10, 419,
    43, r + 11, 420,
    47, r + 11, 421,
    53, r + 11, 422,
    54, r + 11, 423,
    56, r + 11, r + 12,
    2, r + 1, 425,
    3, 478, 426,
    4, r + 4, 427,
    5, 438, 428,
    8, 429, r + 115,
    16, 430, 433,
    18, 431, 433,
    19, 432, 433,
    22, r + 14, 433,
    35, 434, r + 42,
    36, r + 44, 435,
    46, r + 112, 436,
    57, 437, r + 114,
    58, r + 113, r + 114,
    6, r + 6, 439,
    7, r + 6, 440,
    8, 450, 441,
    14, 501, 442,
    26, 443, 502,
    37, 444, r + 86,
    38, r + 86, 445,
    39, 446, 465,
    40, 447, r + 57,
    41, r + 57, 448,
    42, 471, 449,
    48, r + 44, 500,
    9, 451, 455,
    10, 452, 455,
    11, 453, 455,
    12, 454, 455,
    13, 547, 455,
    14, 473, 456,
    15, 460, 457,
    20, 458, 461,
    25, 459, r + 42,
    46, r + 37, r + 38,
    20, 540, 461,
    26, 462, 474,
    37, 463, r + 86,
    38, r + 86, 464,
    39, 467, 465,
    48, r + 58, 466,
    50, r + 75, r + 85,
    40, 468, r + 57,
    41, r + 57, 469,
    42, 471, 470,
    48, r + 44, 524,
    48, r + 44, 472,
    52, r + 68, r + 72,
    26, r + 88, 474,
    28, r + 87, 475,
    34, r + 100, 476,
    35, 477, 545,
    36, r + 44, r + 115,
    4, r + 2, 479,
    5, 488, 480,
    8, 481, r + 115,
    16, 482, 485,
    18, 483, 485,
    19, 484, 485,
    22, r + 14, 485,
    35, 486, r + 42,
    36, r + 43, 487,
    46, r + 108, r + 109,
    6, r + 6, 489,
    7, r + 6, 490,
    8, 503, 491,
    14, 501, 492,
    26, 493, 502,
    37, 494, r + 86,
    38, r + 86, 495,
    39, 496, 518,
    40, 497, r + 57,
    41, r + 57, 498,
    42, 538, 499,
    48, r + 43, 500,
    49, r + 45, 526,
    26, r + 88, 502,
    28, r + 87, r + 115,
    9, 504, 508,
    10, 505, 508,
    11, 506, 508,
    12, 507, 508,
    13, 547, 508,
    14, 541, 509,
    15, 513, 510,
    20, 511, 514,
    25, 512, r + 42,
    46, r + 29, r + 30,
    20, 540, 514,
    26, 515, 542,
    37, 516, r + 86,
    38, r + 86, 517,
    39, 520, 518,
    48, r + 58, 519,
    50, r + 73, r + 85,
    40, 521, r + 57,
    41, r + 57, 522,
    42, 538, 523,
    48, r + 43, 524,
    49, r + 45, 525,
    51, 529, 526,
    60, r + 55, 527,
    62, r + 55, 528,
    63, r + 55, r + 46,
    60, 532, 530,
    62, r + 55, 531,
    63, 533, r + 46,
    62, r + 55, 533,
    64, 534, r + 54,
    66, 535, r + 53,
    69, 536, r + 65,
    70, 537, r + 52,
    72, r + 59, r + 51,
    48, r + 43, 539,
    52, r + 66, r + 72,
    25, r + 24, r + 42,
    26, r + 88, 542,
    28, r + 87, 543,
    34, r + 100, 544,
    35, 546, 545,
    36, r + 42, r + 115,
    36, r + 43, r + 115,
    17, 548, r + 22,
    20, 549, r + 21,
    33, 552, 550,
    44, r + 17, 551,
    45, r + 19, r + 20,
    44, r + 15, 553,
    45, r + 15, r + 20,
]);
const bdd = endpoints.BinaryDecisionDiagram.from(nodes, root, _data.conditions, _data.results);

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/endpointResolver.js



const cache = new endpoints.EndpointCache({
    size: 50,
    params: [
        "Accelerate",
        "Bucket",
        "DisableAccessPoints",
        "DisableMultiRegionAccessPoints",
        "DisableS3ExpressSessionAuth",
        "Endpoint",
        "ForcePathStyle",
        "Region",
        "UseArnRegion",
        "UseDualStack",
        "UseFIPS",
        "UseGlobalEndpoint",
        "UseObjectLambdaEndpoint",
        "UseS3ExpressControlEndpoint",
    ],
});
const defaultEndpointResolver = (endpointParams, context = {}) => {
    return cache.get(endpointParams, () => (0,endpoints.decideEndpoint)(bdd, {
        endpointParams: endpointParams,
        logger: context.logger,
    }));
};
endpoints.customEndpointFunctions.aws = client.awsEndpointFunctions;

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthSchemeProvider.js





const createEndpointRuleSetHttpAuthSchemeParametersProvider = (defaultHttpAuthSchemeParametersProvider) => async (config, context, input) => {
    if (!input) {
        throw new Error("Could not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");
    }
    const defaultParameters = await defaultHttpAuthSchemeParametersProvider(config, context, input);
    const instructionsFn = (0,submodules_client.getSmithyContext)(context)?.commandInstance?.constructor
        ?.getEndpointParameterInstructions;
    if (!instructionsFn) {
        throw new Error(`getEndpointParameterInstructions() is not defined on '${context.commandName}'`);
    }
    const endpointParameters = await (0,endpoints.resolveParams)(input, { getEndpointParameterInstructions: instructionsFn }, config);
    return Object.assign(defaultParameters, endpointParameters);
};
const _defaultS3HttpAuthSchemeParametersProvider = async (config, context, input) => {
    return {
        operation: (0,submodules_client.getSmithyContext)(context).operation,
        region: await (0,submodules_client.normalizeProvider)(config.region)() || (() => {
            throw new Error("expected `region` to be configured for `aws.auth#sigv4`");
        })(),
    };
};
const defaultS3HttpAuthSchemeParametersProvider = createEndpointRuleSetHttpAuthSchemeParametersProvider(_defaultS3HttpAuthSchemeParametersProvider);
function createAwsAuthSigv4HttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4",
        signingProperties: {
            name: "s3",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
function createAwsAuthSigv4aHttpAuthOption(authParameters) {
    return {
        schemeId: "aws.auth#sigv4a",
        signingProperties: {
            name: "s3",
            region: authParameters.region,
        },
        propertiesExtractor: (config, context) => ({
            signingProperties: {
                config,
                context,
            },
        }),
    };
}
const createEndpointRuleSetHttpAuthSchemeProvider = (defaultEndpointResolver, defaultHttpAuthSchemeResolver, createHttpAuthOptionFunctions) => {
    const endpointRuleSetHttpAuthSchemeProvider = (authParameters) => {
        const endpoint = defaultEndpointResolver(authParameters);
        const authSchemes = endpoint.properties?.authSchemes;
        if (!authSchemes) {
            return defaultHttpAuthSchemeResolver(authParameters);
        }
        const options = [];
        for (const scheme of authSchemes) {
            const { name: resolvedName, properties = {}, ...rest } = scheme;
            const name = resolvedName.toLowerCase();
            if (resolvedName !== name) {
                console.warn(`HttpAuthScheme has been normalized with lowercasing: '${resolvedName}' to '${name}'`);
            }
            let schemeId;
            if (name === "sigv4a") {
                schemeId = "aws.auth#sigv4a";
                const sigv4Present = authSchemes.find((s) => {
                    const name = s.name.toLowerCase();
                    return name !== "sigv4a" && name.startsWith("sigv4");
                });
                if (SignatureV4MultiRegion/* SignatureV4MultiRegion */.W.sigv4aDependency() === "none" && sigv4Present) {
                    continue;
                }
            }
            else if (name.startsWith("sigv4")) {
                schemeId = "aws.auth#sigv4";
            }
            else {
                throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${name}'`);
            }
            const createOption = createHttpAuthOptionFunctions[schemeId];
            if (!createOption) {
                throw new Error(`Could not find HttpAuthOption create function for '${schemeId}'`);
            }
            const option = createOption(authParameters);
            option.schemeId = schemeId;
            option.signingProperties = { ...(option.signingProperties || {}), ...rest, ...properties };
            options.push(option);
        }
        return options;
    };
    return endpointRuleSetHttpAuthSchemeProvider;
};
const _defaultS3HttpAuthSchemeProvider = (authParameters) => {
    const options = [];
    switch (authParameters.operation) {
        default: {
            options.push(createAwsAuthSigv4HttpAuthOption(authParameters));
            options.push(createAwsAuthSigv4aHttpAuthOption(authParameters));
        }
    }
    return options;
};
const defaultS3HttpAuthSchemeProvider = createEndpointRuleSetHttpAuthSchemeProvider(defaultEndpointResolver, _defaultS3HttpAuthSchemeProvider, {
    "aws.auth#sigv4": createAwsAuthSigv4HttpAuthOption,
    "aws.auth#sigv4a": createAwsAuthSigv4aHttpAuthOption,
});
const resolveHttpAuthSchemeConfig = (config) => {
    const config_0 = (0,httpAuthSchemes.resolveAwsSdkSigV4Config)(config);
    const config_1 = (0,httpAuthSchemes.resolveAwsSdkSigV4AConfig)(config_0);
    return Object.assign(config_1, {
        authSchemePreference: (0,submodules_client.normalizeProvider)(config.authSchemePreference ?? []),
    });
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commandBuilder.js
var commandBuilder = __webpack_require__(3611);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/schemas/schemas_0.js
var schemas_0 = __webpack_require__(3159);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateSessionCommand.js


class CreateSessionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep4 */.zr, commandBuilder/* _mw0 */.yt, "CreateSession", schemas_0/* CreateSession$ */.Nsl) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/endpoint/EndpointParameters.js
var EndpointParameters = __webpack_require__(4500);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/package.json
const package_namespaceObject = {"rE":"3.1164.0"};
// EXTERNAL MODULE: ./node_modules/@aws-sdk/credential-provider-node/dist-es/defaultProvider.js + 2 modules
var defaultProvider = __webpack_require__(9882);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/checksum/index.js
var checksum = __webpack_require__(9542);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/serde/index.js
var serde = __webpack_require__(2430);
// EXTERNAL MODULE: ./node_modules/@smithy/node-http-handler/dist-es/node-http-handler.js + 5 modules
var node_http_handler = __webpack_require__(3291);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/checksums/dist-cjs/submodules/sha/index.js
var sha = __webpack_require__(3242);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.shared.js











const getRuntimeConfig = (config) => {
    return {
        apiVersion: "2006-03-01",
        base64Decoder: config?.base64Decoder ?? serde.fromBase64,
        base64Encoder: config?.base64Encoder ?? serde.toBase64,
        disableHostPrefix: config?.disableHostPrefix ?? false,
        endpointProvider: config?.endpointProvider ?? defaultEndpointResolver,
        extensions: config?.extensions ?? [],
        getAwsChunkedEncodingStream: config?.getAwsChunkedEncodingStream ?? serde.getAwsChunkedEncodingStream,
        httpAuthSchemeProvider: config?.httpAuthSchemeProvider ?? defaultS3HttpAuthSchemeProvider,
        httpAuthSchemes: config?.httpAuthSchemes ?? [
            {
                schemeId: "aws.auth#sigv4",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4"),
                signer: new httpAuthSchemes.AwsSdkSigV4Signer(),
            },
            {
                schemeId: "aws.auth#sigv4a",
                identityProvider: (ipc) => ipc.getIdentityProvider("aws.auth#sigv4a"),
                signer: new httpAuthSchemes.AwsSdkSigV4ASigner(),
            },
        ],
        logger: config?.logger ?? new submodules_client.NoOpLogger(),
        md5: config?.md5 ?? checksum.Md5,
        protocol: config?.protocol ?? s3/* S3RestXmlProtocol */.mf,
        protocolSettings: config?.protocolSettings ?? {
            defaultNamespace: "com.amazonaws.s3",
            errorTypeRegistries: schemas_0/* errorTypeRegistries */.q1U,
            xmlNamespace: "http://s3.amazonaws.com/doc/2006-03-01/",
            version: "2006-03-01",
            serviceTarget: "AmazonS3",
        },
        sdkStreamMixin: config?.sdkStreamMixin ?? serde.sdkStreamMixin,
        serviceId: config?.serviceId ?? "S3",
        sha1: config?.sha1 ?? sha/* Sha1 */.gz,
        sha256: config?.sha256 ?? checksum.Sha256,
        signerConstructor: config?.signerConstructor ?? SignatureV4MultiRegion/* SignatureV4MultiRegion */.W,
        signingEscapePath: config?.signingEscapePath ?? false,
        urlParser: config?.urlParser ?? protocols.parseUrl,
        useArnRegion: config?.useArnRegion ?? undefined,
        utf8Decoder: config?.utf8Decoder ?? serde.fromUtf8,
        utf8Encoder: config?.utf8Encoder ?? serde.toUtf8,
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeConfig.js














const runtimeConfig_getRuntimeConfig = (config) => {
    (0,submodules_client.emitWarningIfUnsupportedVersion)(process.version);
    const defaultsMode = (0,submodules_config.resolveDefaultsModeConfig)(config);
    const defaultConfigProvider = () => defaultsMode().then(submodules_client.loadConfigsForDefaultMode);
    const clientSharedValues = getRuntimeConfig(config);
    (0,client.emitWarningIfUnsupportedVersion)(process.version);
    const loaderConfig = {
        profile: config?.profile,
        logger: clientSharedValues.logger,
    };
    return {
        ...clientSharedValues,
        ...config,
        runtime: "node",
        defaultsMode,
        authSchemePreference: config?.authSchemePreference ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_AUTH_SCHEME_PREFERENCE_OPTIONS, loaderConfig),
        bodyLengthChecker: config?.bodyLengthChecker ?? serde.calculateBodyLength,
        credentialDefaultProvider: config?.credentialDefaultProvider ?? defaultProvider/* defaultProvider */.v6,
        defaultUserAgentProvider: config?.defaultUserAgentProvider ?? (0,client.createDefaultUserAgentProvider)({ serviceId: clientSharedValues.serviceId, clientVersion: package_namespaceObject.rE }),
        disableS3ExpressSessionAuth: config?.disableS3ExpressSessionAuth ?? (0,submodules_config.loadConfig)(s3/* NODE_DISABLE_S3_EXPRESS_SESSION_AUTH_OPTIONS */.nr, loaderConfig),
        eventStreamSerdeProvider: config?.eventStreamSerdeProvider ?? event_streams.eventStreamSerdeProvider,
        maxAttempts: config?.maxAttempts ?? (0,submodules_config.loadConfig)(retry.NODE_MAX_ATTEMPT_CONFIG_OPTIONS, config),
        region: config?.region ?? (0,submodules_config.loadConfig)(submodules_config.NODE_REGION_CONFIG_OPTIONS, { ...submodules_config.NODE_REGION_CONFIG_FILE_OPTIONS, ...loaderConfig }),
        requestChecksumCalculation: config?.requestChecksumCalculation ?? (0,submodules_config.loadConfig)(flexible_checksums/* NODE_REQUEST_CHECKSUM_CALCULATION_CONFIG_OPTIONS */.XV, loaderConfig),
        requestHandler: node_http_handler/* NodeHttpHandler */.$.create(config?.requestHandler ?? defaultConfigProvider),
        responseChecksumValidation: config?.responseChecksumValidation ?? (0,submodules_config.loadConfig)(flexible_checksums/* NODE_RESPONSE_CHECKSUM_VALIDATION_CONFIG_OPTIONS */.$x, loaderConfig),
        retryMode: config?.retryMode ??
            (0,submodules_config.loadConfig)({
                ...retry.NODE_RETRY_MODE_CONFIG_OPTIONS,
                default: async () => (await defaultConfigProvider()).retryMode || retry.DEFAULT_RETRY_MODE,
            }, config),
        sigv4aSigningRegionSet: config?.sigv4aSigningRegionSet ?? (0,submodules_config.loadConfig)(httpAuthSchemes.NODE_SIGV4A_CONFIG_OPTIONS, loaderConfig),
        streamCollector: config?.streamCollector ?? serde.streamCollector,
        streamHasher: config?.streamHasher ?? checksum.readableStreamHasher,
        useArnRegion: config?.useArnRegion ?? (0,submodules_config.loadConfig)(s3/* NODE_USE_ARN_REGION_CONFIG_OPTIONS */.KU, loaderConfig),
        useDualstackEndpoint: config?.useDualstackEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        useFipsEndpoint: config?.useFipsEndpoint ?? (0,submodules_config.loadConfig)(submodules_config.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS, loaderConfig),
        userAgentAppId: config?.userAgentAppId ?? (0,submodules_config.loadConfig)(client.NODE_APP_ID_CONFIG_OPTIONS, loaderConfig),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/auth/httpAuthExtensionConfiguration.js
const getHttpAuthExtensionConfiguration = (runtimeConfig) => {
    const _httpAuthSchemes = runtimeConfig.httpAuthSchemes;
    let _httpAuthSchemeProvider = runtimeConfig.httpAuthSchemeProvider;
    let _credentials = runtimeConfig.credentials;
    return {
        setHttpAuthScheme(httpAuthScheme) {
            const index = _httpAuthSchemes.findIndex((scheme) => scheme.schemeId === httpAuthScheme.schemeId);
            if (index === -1) {
                _httpAuthSchemes.push(httpAuthScheme);
            }
            else {
                _httpAuthSchemes.splice(index, 1, httpAuthScheme);
            }
        },
        httpAuthSchemes() {
            return _httpAuthSchemes;
        },
        setHttpAuthSchemeProvider(httpAuthSchemeProvider) {
            _httpAuthSchemeProvider = httpAuthSchemeProvider;
        },
        httpAuthSchemeProvider() {
            return _httpAuthSchemeProvider;
        },
        setCredentials(credentials) {
            _credentials = credentials;
        },
        credentials() {
            return _credentials;
        },
    };
};
const resolveHttpAuthRuntimeConfig = (config) => {
    return {
        httpAuthSchemes: config.httpAuthSchemes(),
        httpAuthSchemeProvider: config.httpAuthSchemeProvider(),
        credentials: config.credentials(),
    };
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/runtimeExtensions.js




const resolveRuntimeExtensions = (runtimeConfig, extensions) => {
    const extensionConfiguration = Object.assign((0,client.getAwsRegionExtensionConfiguration)(runtimeConfig), (0,submodules_client.getDefaultExtensionConfiguration)(runtimeConfig), (0,protocols.getHttpHandlerExtensionConfiguration)(runtimeConfig), getHttpAuthExtensionConfiguration(runtimeConfig));
    extensions.forEach((extension) => extension.configure(extensionConfiguration));
    return Object.assign(runtimeConfig, (0,client.resolveAwsRegionExtensionConfiguration)(extensionConfiguration), (0,submodules_client.resolveDefaultRuntimeConfig)(extensionConfiguration), (0,protocols.resolveHttpHandlerRuntimeConfig)(extensionConfiguration), resolveHttpAuthRuntimeConfig(extensionConfiguration));
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/S3Client.js

















class S3Client extends submodules_client.Client {
    config;
    constructor(...[configuration]) {
        const _config_0 = runtimeConfig_getRuntimeConfig(configuration || {});
        super(_config_0);
        this.initConfig = _config_0;
        const _config_1 = (0,EndpointParameters/* resolveClientEndpointParameters */.v)(_config_0);
        const _config_2 = (0,client.resolveUserAgentConfig)(_config_1);
        const _config_3 = (0,flexible_checksums/* resolveFlexibleChecksumsConfig */.M4)(_config_2);
        const _config_4 = (0,retry.resolveRetryConfig)(_config_3);
        const _config_5 = (0,submodules_config.resolveRegionConfig)(_config_4);
        const _config_6 = (0,client.resolveHostHeaderConfig)(_config_5);
        const _config_7 = (0,endpoints.resolveEndpointConfig)(_config_6);
        const _config_8 = (0,event_streams.resolveEventStreamSerdeConfig)(_config_7);
        const _config_9 = resolveHttpAuthSchemeConfig(_config_8);
        const _config_10 = (0,s3/* resolveS3Config */.ri)(_config_9, { session: [() => this, CreateSessionCommand] });
        const _config_11 = resolveRuntimeExtensions(_config_10, configuration?.extensions || []);
        this.config = _config_11;
        this.middlewareStack.use((0,schema.getSchemaSerdePlugin)(this.config));
        this.middlewareStack.use((0,client.getUserAgentPlugin)(this.config));
        this.middlewareStack.use((0,retry.getRetryPlugin)(this.config));
        this.middlewareStack.use((0,protocols.getContentLengthPlugin)(this.config));
        this.middlewareStack.use((0,client.getHostHeaderPlugin)(this.config));
        this.middlewareStack.use((0,client.getLoggerPlugin)(this.config));
        this.middlewareStack.use((0,client.getRecursionDetectionPlugin)(this.config));
        this.middlewareStack.use((0,dist_cjs.getHttpAuthSchemeEndpointRuleSetPlugin)(this.config, {
            httpAuthSchemeParametersProvider: defaultS3HttpAuthSchemeParametersProvider,
            identityProviderConfigProvider: async (config) => new dist_cjs.DefaultIdentityProviderConfig({
                "aws.auth#sigv4": config.credentials,
                "aws.auth#sigv4a": config.credentials,
            }),
        }));
        this.middlewareStack.use((0,dist_cjs.getHttpSigningPlugin)(this.config));
        this.middlewareStack.use((0,s3/* getValidateBucketNamePlugin */.Br)(this.config));
        this.middlewareStack.use((0,s3/* getAddExpectContinuePlugin */.DD)(this.config));
        this.middlewareStack.use((0,s3/* getRegionRedirectMiddlewarePlugin */._W)(this.config));
        this.middlewareStack.use((0,s3/* getS3ExpressPlugin */.GE)(this.config));
        this.middlewareStack.use((0,s3/* getS3ExpressHttpSigningPlugin */.Zu)(this.config));
    }
    destroy() {
        super.destroy();
    }
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/AbortMultipartUploadCommand.js


class AbortMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "AbortMultipartUpload", schemas_0/* AbortMultipartUpload$ */.QU_) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CompleteMultipartUploadCommand.js


class CompleteMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "CompleteMultipartUpload", schemas_0/* CompleteMultipartUpload$ */.p4g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CopyObjectCommand.js


class CopyObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep1 */.s4, commandBuilder/* _mw1 */.Fw, "CopyObject", schemas_0/* CopyObject$ */.xmu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketCommand.js


class CreateBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep2 */.zG, commandBuilder/* _mw2 */.yO, "CreateBucket", schemas_0/* CreateBucket$ */.lKK) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketMetadataConfigurationCommand.js


class CreateBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "CreateBucketMetadataConfiguration", schemas_0/* CreateBucketMetadataConfiguration$ */.YZR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateBucketMetadataTableConfigurationCommand.js


class CreateBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "CreateBucketMetadataTableConfiguration", schemas_0/* CreateBucketMetadataTableConfiguration$ */.IP2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/CreateMultipartUploadCommand.js


class CreateMultipartUploadCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "CreateMultipartUpload", schemas_0/* CreateMultipartUpload$ */.uP1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketAnalyticsConfigurationCommand.js


class DeleteBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketAnalyticsConfiguration", schemas_0/* DeleteBucketAnalyticsConfiguration$ */.wwp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketCommand.js


class DeleteBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucket", schemas_0/* DeleteBucket$ */.CAp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketCorsCommand.js


class DeleteBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketCors", schemas_0/* DeleteBucketCors$ */.Bj8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketEncryptionCommand.js


class DeleteBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketEncryption", schemas_0/* DeleteBucketEncryption$ */.plt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketIntelligentTieringConfigurationCommand.js


class DeleteBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketIntelligentTieringConfiguration", schemas_0/* DeleteBucketIntelligentTieringConfiguration$ */.D7j) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketInventoryConfigurationCommand.js


class DeleteBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketInventoryConfiguration", schemas_0/* DeleteBucketInventoryConfiguration$ */.cAw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketLifecycleCommand.js


class DeleteBucketLifecycleCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketLifecycle", schemas_0/* DeleteBucketLifecycle$ */.OMP) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetadataConfigurationCommand.js


class DeleteBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetadataConfiguration", schemas_0/* DeleteBucketMetadataConfiguration$ */.LMG) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetadataTableConfigurationCommand.js


class DeleteBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetadataTableConfiguration", schemas_0/* DeleteBucketMetadataTableConfiguration$ */.LtI) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketMetricsConfigurationCommand.js


class DeleteBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketMetricsConfiguration", schemas_0/* DeleteBucketMetricsConfiguration$ */.Npk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketOwnershipControlsCommand.js


class DeleteBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketOwnershipControls", schemas_0/* DeleteBucketOwnershipControls$ */.lcX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketPolicyCommand.js


class DeleteBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketPolicy", schemas_0/* DeleteBucketPolicy$ */.mHu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketReplicationCommand.js


class DeleteBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketReplication", schemas_0/* DeleteBucketReplication$ */.iHA) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketTaggingCommand.js


class DeleteBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketTagging", schemas_0/* DeleteBucketTagging$ */.VQB) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteBucketWebsiteCommand.js


class DeleteBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeleteBucketWebsite", schemas_0/* DeleteBucketWebsite$ */.l$q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectAnnotationCommand.js


class DeleteObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "DeleteObjectAnnotation", schemas_0/* DeleteObjectAnnotation$ */.cjD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectCommand.js


class DeleteObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "DeleteObject", schemas_0/* DeleteObject$ */.$CM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectsCommand.js


class DeleteObjectsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "DeleteObjects", schemas_0/* DeleteObjects$ */.AuS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeleteObjectTaggingCommand.js


class DeleteObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "DeleteObjectTagging", schemas_0/* DeleteObjectTagging$ */.AB1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/DeletePublicAccessBlockCommand.js


class DeletePublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "DeletePublicAccessBlock", schemas_0/* DeletePublicAccessBlock$ */.W3c) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAbacCommand.js


class GetBucketAbacCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetBucketAbac", schemas_0/* GetBucketAbac$ */.Gt0) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAccelerateConfigurationCommand.js


class GetBucketAccelerateConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAccelerateConfiguration", schemas_0/* GetBucketAccelerateConfiguration$ */.KBZ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAclCommand.js


class GetBucketAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAcl", schemas_0/* GetBucketAcl$ */.r1N) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketAnalyticsConfigurationCommand.js


class GetBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketAnalyticsConfiguration", schemas_0/* GetBucketAnalyticsConfiguration$ */.r90) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketCorsCommand.js


class GetBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketCors", schemas_0/* GetBucketCors$ */.MV3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketEncryptionCommand.js


class GetBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketEncryption", schemas_0/* GetBucketEncryption$ */.WSn) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketIntelligentTieringConfigurationCommand.js


class GetBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketIntelligentTieringConfiguration", schemas_0/* GetBucketIntelligentTieringConfiguration$ */.qm9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketInventoryConfigurationCommand.js


class GetBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketInventoryConfiguration", schemas_0/* GetBucketInventoryConfiguration$ */.LL3) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLifecycleConfigurationCommand.js


class GetBucketLifecycleConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLifecycleConfiguration", schemas_0/* GetBucketLifecycleConfiguration$ */.btu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLocationCommand.js


class GetBucketLocationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLocation", schemas_0/* GetBucketLocation$ */.AKE) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketLoggingCommand.js


class GetBucketLoggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketLogging", schemas_0/* GetBucketLogging$ */.eP2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetadataConfigurationCommand.js


class GetBucketMetadataConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetadataConfiguration", schemas_0/* GetBucketMetadataConfiguration$ */.Kdy) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetadataTableConfigurationCommand.js


class GetBucketMetadataTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetadataTableConfiguration", schemas_0/* GetBucketMetadataTableConfiguration$ */.wMk) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketMetricsConfigurationCommand.js


class GetBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketMetricsConfiguration", schemas_0/* GetBucketMetricsConfiguration$ */.eEh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketNotificationConfigurationCommand.js


class GetBucketNotificationConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketNotificationConfiguration", schemas_0/* GetBucketNotificationConfiguration$ */.SQT) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketOwnershipControlsCommand.js


class GetBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketOwnershipControls", schemas_0/* GetBucketOwnershipControls$ */.kh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketPolicyCommand.js


class GetBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "GetBucketPolicy", schemas_0/* GetBucketPolicy$ */.dyb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketPolicyStatusCommand.js


class GetBucketPolicyStatusCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketPolicyStatus", schemas_0/* GetBucketPolicyStatus$ */.rwb) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketReplicationCommand.js


class GetBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketReplication", schemas_0/* GetBucketReplication$ */.nC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketRequestPaymentCommand.js


class GetBucketRequestPaymentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketRequestPayment", schemas_0/* GetBucketRequestPayment$ */.MXg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketTaggingCommand.js


class GetBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketTagging", schemas_0/* GetBucketTagging$ */.E3U) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketVersioningCommand.js


class GetBucketVersioningCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketVersioning", schemas_0/* GetBucketVersioning$ */.fSX) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetBucketWebsiteCommand.js


class GetBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetBucketWebsite", schemas_0/* GetBucketWebsite$ */.e3C) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAclCommand.js


class GetObjectAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "GetObjectAcl", schemas_0/* GetObjectAcl$ */.gPv) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAnnotationCommand.js


class GetObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw6 */.yU, "GetObjectAnnotation", schemas_0/* GetObjectAnnotation$ */.Dy1) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectAttributesCommand.js


class GetObjectAttributesCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw1 */.Fw, "GetObjectAttributes", schemas_0/* GetObjectAttributes$ */.Z5o) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectCommand.js


class GetObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw7 */.Fb, "GetObject", schemas_0/* GetObject$ */.iKp) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectLegalHoldCommand.js


class GetObjectLegalHoldCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectLegalHold", schemas_0/* GetObjectLegalHold$ */.EHS) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectLockConfigurationCommand.js


class GetObjectLockConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectLockConfiguration", schemas_0/* GetObjectLockConfiguration$ */.v3g) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectRetentionCommand.js


class GetObjectRetentionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectRetention", schemas_0/* GetObjectRetention$ */.Ae9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectTaggingCommand.js


class GetObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "GetObjectTagging", schemas_0/* GetObjectTagging$ */.Z4s) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetObjectTorrentCommand.js


class GetObjectTorrentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw4 */.yz, "GetObjectTorrent", schemas_0/* GetObjectTorrent$ */.GXC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/GetPublicAccessBlockCommand.js


class GetPublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "GetPublicAccessBlock", schemas_0/* GetPublicAccessBlock$ */.ri8) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/HeadBucketCommand.js


class HeadBucketCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "HeadBucket", schemas_0/* HeadBucket$ */.NDZ) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/HeadObjectCommand.js
var HeadObjectCommand = __webpack_require__(7076);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketAnalyticsConfigurationsCommand.js


class ListBucketAnalyticsConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketAnalyticsConfigurations", schemas_0/* ListBucketAnalyticsConfigurations$ */.qb7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketIntelligentTieringConfigurationsCommand.js


class ListBucketIntelligentTieringConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketIntelligentTieringConfigurations", schemas_0/* ListBucketIntelligentTieringConfigurations$ */.P32) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketInventoryConfigurationsCommand.js


class ListBucketInventoryConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketInventoryConfigurations", schemas_0/* ListBucketInventoryConfigurations$ */.ujL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketMetricsConfigurationsCommand.js


class ListBucketMetricsConfigurationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw0 */.yt, "ListBucketMetricsConfigurations", schemas_0/* ListBucketMetricsConfigurations$ */.lmR) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListBucketsCommand.js


class ListBucketsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep6 */.l7, commandBuilder/* _mw0 */.yt, "ListBuckets", schemas_0/* ListBuckets$ */._8h) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListDirectoryBucketsCommand.js


class ListDirectoryBucketsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep7 */.sJ, commandBuilder/* _mw0 */.yt, "ListDirectoryBuckets", schemas_0/* ListDirectoryBuckets$ */.dAN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListMultipartUploadsCommand.js


class ListMultipartUploadsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListMultipartUploads", schemas_0/* ListMultipartUploads$ */.RgL) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectAnnotationsCommand.js


class ListObjectAnnotationsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw0 */.yt, "ListObjectAnnotations", schemas_0/* ListObjectAnnotations$ */.imu) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectsCommand.js


class ListObjectsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjects", schemas_0/* ListObjects$ */.h_9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectsV2Command.js


class ListObjectsV2Command extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjectsV2", schemas_0/* ListObjectsV2$ */.FWN) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListObjectVersionsCommand.js


class ListObjectVersionsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep8 */.zx, commandBuilder/* _mw0 */.yt, "ListObjectVersions", schemas_0/* ListObjectVersions$ */.L$x) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/ListPartsCommand.js


class ListPartsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw1 */.Fw, "ListParts", schemas_0/* ListParts$ */.xrC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAbacCommand.js


class PutBucketAbacCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw9 */.Fk, "PutBucketAbac", schemas_0/* PutBucketAbac$ */.fb$) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAccelerateConfigurationCommand.js


class PutBucketAccelerateConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw9 */.Fk, "PutBucketAccelerateConfiguration", schemas_0/* PutBucketAccelerateConfiguration$ */.xvJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAclCommand.js


class PutBucketAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketAcl", schemas_0/* PutBucketAcl$ */.wJt) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketAnalyticsConfigurationCommand.js


class PutBucketAnalyticsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketAnalyticsConfiguration", schemas_0/* PutBucketAnalyticsConfiguration$ */.kcC) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketCorsCommand.js


class PutBucketCorsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketCors", schemas_0/* PutBucketCors$ */.hXg) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketEncryptionCommand.js


class PutBucketEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketEncryption", schemas_0/* PutBucketEncryption$ */.$8t) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketIntelligentTieringConfigurationCommand.js


class PutBucketIntelligentTieringConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketIntelligentTieringConfiguration", schemas_0/* PutBucketIntelligentTieringConfiguration$ */.JiJ) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketInventoryConfigurationCommand.js


class PutBucketInventoryConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketInventoryConfiguration", schemas_0/* PutBucketInventoryConfiguration$ */.uDw) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketLifecycleConfigurationCommand.js


class PutBucketLifecycleConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw5 */.rX, "PutBucketLifecycleConfiguration", schemas_0/* PutBucketLifecycleConfiguration$ */.Q4n) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketLoggingCommand.js


class PutBucketLoggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketLogging", schemas_0/* PutBucketLogging$ */.NH9) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketMetricsConfigurationCommand.js


class PutBucketMetricsConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketMetricsConfiguration", schemas_0/* PutBucketMetricsConfiguration$ */.bkH) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketNotificationConfigurationCommand.js


class PutBucketNotificationConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw4 */.yz, "PutBucketNotificationConfiguration", schemas_0/* PutBucketNotificationConfiguration$ */.Z8Y) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketOwnershipControlsCommand.js


class PutBucketOwnershipControlsCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketOwnershipControls", schemas_0/* PutBucketOwnershipControls$ */.jJ5) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketPolicyCommand.js


class PutBucketPolicyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketPolicy", schemas_0/* PutBucketPolicy$ */.UKx) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketReplicationCommand.js


class PutBucketReplicationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketReplication", schemas_0/* PutBucketReplication$ */._TW) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketRequestPaymentCommand.js


class PutBucketRequestPaymentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketRequestPayment", schemas_0/* PutBucketRequestPayment$ */.d1B) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketTaggingCommand.js


class PutBucketTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketTagging", schemas_0/* PutBucketTagging$ */.$Nq) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketVersioningCommand.js


class PutBucketVersioningCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketVersioning", schemas_0/* PutBucketVersioning$ */.EZO) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutBucketWebsiteCommand.js


class PutBucketWebsiteCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutBucketWebsite", schemas_0/* PutBucketWebsite$ */.Jv7) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectAclCommand.js


class PutObjectAclCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw5 */.rX, "PutObjectAcl", schemas_0/* PutObjectAcl$ */.HHc) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectAnnotationCommand.js


class PutObjectAnnotationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw10 */.Vx, "PutObjectAnnotation", schemas_0/* PutObjectAnnotation$ */.g9F) {
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectCommand.js
var PutObjectCommand = __webpack_require__(5539);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectLegalHoldCommand.js


class PutObjectLegalHoldCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectLegalHold", schemas_0/* PutObjectLegalHold$ */.V0q) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectLockConfigurationCommand.js


class PutObjectLockConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectLockConfiguration", schemas_0/* PutObjectLockConfiguration$ */.cN2) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectRetentionCommand.js


class PutObjectRetentionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectRetention", schemas_0/* PutObjectRetention$ */.LWh) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutObjectTaggingCommand.js


class PutObjectTaggingCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "PutObjectTagging", schemas_0/* PutObjectTagging$ */.C2v) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/PutPublicAccessBlockCommand.js


class PutPublicAccessBlockCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "PutPublicAccessBlock", schemas_0/* PutPublicAccessBlock$ */.c2b) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/RenameObjectCommand.js


class RenameObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw0 */.yt, "RenameObject", schemas_0/* RenameObject$ */.uS4) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/RestoreObjectCommand.js


class RestoreObjectCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw10 */.Vx, "RestoreObject", schemas_0/* RestoreObject$ */.C19) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/SelectObjectContentCommand.js


class SelectObjectContentCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw12 */.Hh, "SelectObjectContent", schemas_0/* SelectObjectContent$ */.vlV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataAnnotationTableConfigurationCommand.js


class UpdateBucketMetadataAnnotationTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataAnnotationTableConfiguration", schemas_0/* UpdateBucketMetadataAnnotationTableConfiguration$ */.cNf) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataInventoryTableConfigurationCommand.js


class UpdateBucketMetadataInventoryTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataInventoryTableConfiguration", schemas_0/* UpdateBucketMetadataInventoryTableConfiguration$ */.JYM) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateBucketMetadataJournalTableConfigurationCommand.js


class UpdateBucketMetadataJournalTableConfigurationCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep3 */.Gi, commandBuilder/* _mw3 */.r, "UpdateBucketMetadataJournalTableConfiguration", schemas_0/* UpdateBucketMetadataJournalTableConfiguration$ */.ARD) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UpdateObjectEncryptionCommand.js


class UpdateObjectEncryptionCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep5 */.s_, commandBuilder/* _mw5 */.rX, "UpdateObjectEncryption", schemas_0/* UpdateObjectEncryption$ */.EYj) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UploadPartCommand.js


class UploadPartCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep0 */.lq, commandBuilder/* _mw13 */.OV, "UploadPart", schemas_0/* UploadPart$ */.nCU) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/UploadPartCopyCommand.js


class UploadPartCopyCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep4 */.zr, commandBuilder/* _mw1 */.Fw, "UploadPartCopy", schemas_0/* UploadPartCopy$ */.Qp6) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/WriteGetObjectResponseCommand.js


class WriteGetObjectResponseCommand extends (0,commandBuilder/* command */.G5)(commandBuilder/* _ep9 */.ez, commandBuilder/* _mw4 */.yz, "WriteGetObjectResponse", schemas_0/* WriteGetObjectResponse$ */.IHV) {
}

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListBucketsPaginator.js



const paginateListBuckets = (0,dist_cjs.createPaginator)(S3Client, ListBucketsCommand, "ContinuationToken", "ContinuationToken", "MaxBuckets");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListDirectoryBucketsPaginator.js



const paginateListDirectoryBuckets = (0,dist_cjs.createPaginator)(S3Client, ListDirectoryBucketsCommand, "ContinuationToken", "ContinuationToken", "MaxDirectoryBuckets");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListObjectAnnotationsPaginator.js



const paginateListObjectAnnotations = (0,dist_cjs.createPaginator)(S3Client, ListObjectAnnotationsCommand, "ContinuationToken", "NextContinuationToken", "MaxAnnotationResults");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListObjectsV2Paginator.js



const paginateListObjectsV2 = (0,dist_cjs.createPaginator)(S3Client, ListObjectsV2Command, "ContinuationToken", "NextContinuationToken", "MaxKeys");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/ListPartsPaginator.js



const paginateListParts = (0,dist_cjs.createPaginator)(S3Client, ListPartsCommand, "PartNumberMarker", "NextPartNumberMarker", "MaxParts");

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForBucketExists.js


const checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadBucketCommand(input));
        reason = result;
        return { state: submodules_client.WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForBucketExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
};
const waitUntilBucketExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForBucketNotExists.js


const waitForBucketNotExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadBucketCommand(input));
        reason = result;
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: submodules_client.WaiterState.SUCCESS, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForBucketNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForBucketNotExists_checkState);
};
const waitUntilBucketNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForBucketNotExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForObjectExists.js


const waitForObjectExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadObjectCommand/* HeadObjectCommand */.l(input));
        reason = result;
        return { state: submodules_client.WaiterState.SUCCESS, reason };
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: submodules_client.WaiterState.RETRY, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForObjectExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForObjectExists_checkState);
};
const waitUntilObjectExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForObjectExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/waitForObjectNotExists.js


const waitForObjectNotExists_checkState = async (client, input) => {
    let reason;
    try {
        let result = await client.send(new HeadObjectCommand/* HeadObjectCommand */.l(input));
        reason = result;
    }
    catch (exception) {
        reason = exception;
        if (exception.name === "NotFound") {
            return { state: submodules_client.WaiterState.SUCCESS, reason };
        }
    }
    return { state: submodules_client.WaiterState.RETRY, reason };
};
const waitForObjectNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    return (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForObjectNotExists_checkState);
};
const waitUntilObjectNotExists = async (params, input) => {
    const serviceDefaults = { minDelay: 5, maxDelay: 120 };
    const result = await (0,submodules_client.createWaiter)({ ...serviceDefaults, ...params }, input, waitForObjectNotExists_checkState);
    return (0,submodules_client.checkExceptions)(result);
};

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/S3.js



























































































































const commands = {
    AbortMultipartUploadCommand: AbortMultipartUploadCommand,
    CompleteMultipartUploadCommand: CompleteMultipartUploadCommand,
    CopyObjectCommand: CopyObjectCommand,
    CreateBucketCommand: CreateBucketCommand,
    CreateBucketMetadataConfigurationCommand: CreateBucketMetadataConfigurationCommand,
    CreateBucketMetadataTableConfigurationCommand: CreateBucketMetadataTableConfigurationCommand,
    CreateMultipartUploadCommand: CreateMultipartUploadCommand,
    CreateSessionCommand: CreateSessionCommand,
    DeleteBucketCommand: DeleteBucketCommand,
    DeleteBucketAnalyticsConfigurationCommand: DeleteBucketAnalyticsConfigurationCommand,
    DeleteBucketCorsCommand: DeleteBucketCorsCommand,
    DeleteBucketEncryptionCommand: DeleteBucketEncryptionCommand,
    DeleteBucketIntelligentTieringConfigurationCommand: DeleteBucketIntelligentTieringConfigurationCommand,
    DeleteBucketInventoryConfigurationCommand: DeleteBucketInventoryConfigurationCommand,
    DeleteBucketLifecycleCommand: DeleteBucketLifecycleCommand,
    DeleteBucketMetadataConfigurationCommand: DeleteBucketMetadataConfigurationCommand,
    DeleteBucketMetadataTableConfigurationCommand: DeleteBucketMetadataTableConfigurationCommand,
    DeleteBucketMetricsConfigurationCommand: DeleteBucketMetricsConfigurationCommand,
    DeleteBucketOwnershipControlsCommand: DeleteBucketOwnershipControlsCommand,
    DeleteBucketPolicyCommand: DeleteBucketPolicyCommand,
    DeleteBucketReplicationCommand: DeleteBucketReplicationCommand,
    DeleteBucketTaggingCommand: DeleteBucketTaggingCommand,
    DeleteBucketWebsiteCommand: DeleteBucketWebsiteCommand,
    DeleteObjectCommand: DeleteObjectCommand,
    DeleteObjectAnnotationCommand: DeleteObjectAnnotationCommand,
    DeleteObjectsCommand: DeleteObjectsCommand,
    DeleteObjectTaggingCommand: DeleteObjectTaggingCommand,
    DeletePublicAccessBlockCommand: DeletePublicAccessBlockCommand,
    GetBucketAbacCommand: GetBucketAbacCommand,
    GetBucketAccelerateConfigurationCommand: GetBucketAccelerateConfigurationCommand,
    GetBucketAclCommand: GetBucketAclCommand,
    GetBucketAnalyticsConfigurationCommand: GetBucketAnalyticsConfigurationCommand,
    GetBucketCorsCommand: GetBucketCorsCommand,
    GetBucketEncryptionCommand: GetBucketEncryptionCommand,
    GetBucketIntelligentTieringConfigurationCommand: GetBucketIntelligentTieringConfigurationCommand,
    GetBucketInventoryConfigurationCommand: GetBucketInventoryConfigurationCommand,
    GetBucketLifecycleConfigurationCommand: GetBucketLifecycleConfigurationCommand,
    GetBucketLocationCommand: GetBucketLocationCommand,
    GetBucketLoggingCommand: GetBucketLoggingCommand,
    GetBucketMetadataConfigurationCommand: GetBucketMetadataConfigurationCommand,
    GetBucketMetadataTableConfigurationCommand: GetBucketMetadataTableConfigurationCommand,
    GetBucketMetricsConfigurationCommand: GetBucketMetricsConfigurationCommand,
    GetBucketNotificationConfigurationCommand: GetBucketNotificationConfigurationCommand,
    GetBucketOwnershipControlsCommand: GetBucketOwnershipControlsCommand,
    GetBucketPolicyCommand: GetBucketPolicyCommand,
    GetBucketPolicyStatusCommand: GetBucketPolicyStatusCommand,
    GetBucketReplicationCommand: GetBucketReplicationCommand,
    GetBucketRequestPaymentCommand: GetBucketRequestPaymentCommand,
    GetBucketTaggingCommand: GetBucketTaggingCommand,
    GetBucketVersioningCommand: GetBucketVersioningCommand,
    GetBucketWebsiteCommand: GetBucketWebsiteCommand,
    GetObjectCommand: GetObjectCommand,
    GetObjectAclCommand: GetObjectAclCommand,
    GetObjectAnnotationCommand: GetObjectAnnotationCommand,
    GetObjectAttributesCommand: GetObjectAttributesCommand,
    GetObjectLegalHoldCommand: GetObjectLegalHoldCommand,
    GetObjectLockConfigurationCommand: GetObjectLockConfigurationCommand,
    GetObjectRetentionCommand: GetObjectRetentionCommand,
    GetObjectTaggingCommand: GetObjectTaggingCommand,
    GetObjectTorrentCommand: GetObjectTorrentCommand,
    GetPublicAccessBlockCommand: GetPublicAccessBlockCommand,
    HeadBucketCommand: HeadBucketCommand,
    HeadObjectCommand: HeadObjectCommand/* HeadObjectCommand */.l,
    ListBucketAnalyticsConfigurationsCommand: ListBucketAnalyticsConfigurationsCommand,
    ListBucketIntelligentTieringConfigurationsCommand: ListBucketIntelligentTieringConfigurationsCommand,
    ListBucketInventoryConfigurationsCommand: ListBucketInventoryConfigurationsCommand,
    ListBucketMetricsConfigurationsCommand: ListBucketMetricsConfigurationsCommand,
    ListBucketsCommand: ListBucketsCommand,
    ListDirectoryBucketsCommand: ListDirectoryBucketsCommand,
    ListMultipartUploadsCommand: ListMultipartUploadsCommand,
    ListObjectAnnotationsCommand: ListObjectAnnotationsCommand,
    ListObjectsCommand: ListObjectsCommand,
    ListObjectsV2Command: ListObjectsV2Command,
    ListObjectVersionsCommand: ListObjectVersionsCommand,
    ListPartsCommand: ListPartsCommand,
    PutBucketAbacCommand: PutBucketAbacCommand,
    PutBucketAccelerateConfigurationCommand: PutBucketAccelerateConfigurationCommand,
    PutBucketAclCommand: PutBucketAclCommand,
    PutBucketAnalyticsConfigurationCommand: PutBucketAnalyticsConfigurationCommand,
    PutBucketCorsCommand: PutBucketCorsCommand,
    PutBucketEncryptionCommand: PutBucketEncryptionCommand,
    PutBucketIntelligentTieringConfigurationCommand: PutBucketIntelligentTieringConfigurationCommand,
    PutBucketInventoryConfigurationCommand: PutBucketInventoryConfigurationCommand,
    PutBucketLifecycleConfigurationCommand: PutBucketLifecycleConfigurationCommand,
    PutBucketLoggingCommand: PutBucketLoggingCommand,
    PutBucketMetricsConfigurationCommand: PutBucketMetricsConfigurationCommand,
    PutBucketNotificationConfigurationCommand: PutBucketNotificationConfigurationCommand,
    PutBucketOwnershipControlsCommand: PutBucketOwnershipControlsCommand,
    PutBucketPolicyCommand: PutBucketPolicyCommand,
    PutBucketReplicationCommand: PutBucketReplicationCommand,
    PutBucketRequestPaymentCommand: PutBucketRequestPaymentCommand,
    PutBucketTaggingCommand: PutBucketTaggingCommand,
    PutBucketVersioningCommand: PutBucketVersioningCommand,
    PutBucketWebsiteCommand: PutBucketWebsiteCommand,
    PutObjectCommand: PutObjectCommand/* PutObjectCommand */.w,
    PutObjectAclCommand: PutObjectAclCommand,
    PutObjectAnnotationCommand: PutObjectAnnotationCommand,
    PutObjectLegalHoldCommand: PutObjectLegalHoldCommand,
    PutObjectLockConfigurationCommand: PutObjectLockConfigurationCommand,
    PutObjectRetentionCommand: PutObjectRetentionCommand,
    PutObjectTaggingCommand: PutObjectTaggingCommand,
    PutPublicAccessBlockCommand: PutPublicAccessBlockCommand,
    RenameObjectCommand: RenameObjectCommand,
    RestoreObjectCommand: RestoreObjectCommand,
    SelectObjectContentCommand: SelectObjectContentCommand,
    UpdateBucketMetadataAnnotationTableConfigurationCommand: UpdateBucketMetadataAnnotationTableConfigurationCommand,
    UpdateBucketMetadataInventoryTableConfigurationCommand: UpdateBucketMetadataInventoryTableConfigurationCommand,
    UpdateBucketMetadataJournalTableConfigurationCommand: UpdateBucketMetadataJournalTableConfigurationCommand,
    UpdateObjectEncryptionCommand: UpdateObjectEncryptionCommand,
    UploadPartCommand: UploadPartCommand,
    UploadPartCopyCommand: UploadPartCopyCommand,
    WriteGetObjectResponseCommand: WriteGetObjectResponseCommand,
};
const paginators = {
    paginateListBuckets: paginateListBuckets,
    paginateListDirectoryBuckets: paginateListDirectoryBuckets,
    paginateListObjectAnnotations: paginateListObjectAnnotations,
    paginateListObjectsV2: paginateListObjectsV2,
    paginateListParts: paginateListParts,
};
const waiters = {
    waitUntilBucketExists: waitUntilBucketExists,
    waitUntilBucketNotExists: waitUntilBucketNotExists,
    waitUntilObjectExists: waitUntilObjectExists,
    waitUntilObjectNotExists: waitUntilObjectNotExists,
};
class S3 extends S3Client {
}
(0,submodules_client.createAggregatedClient)(commands, S3, { paginators, waiters });

;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/commands/index.js

















































































































;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/pagination/index.js







;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/waiters/index.js





;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/enums.js
const BucketAbacStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const RequestCharged = {
    requester: "requester",
};
const RequestPayer = {
    requester: "requester",
};
const BucketAccelerateStatus = {
    Enabled: "Enabled",
    Suspended: "Suspended",
};
const Type = {
    AmazonCustomerByEmail: "AmazonCustomerByEmail",
    CanonicalUser: "CanonicalUser",
    Group: "Group",
};
const Permission = {
    FULL_CONTROL: "FULL_CONTROL",
    READ: "READ",
    READ_ACP: "READ_ACP",
    WRITE: "WRITE",
    WRITE_ACP: "WRITE_ACP",
};
const OwnerOverride = {
    Destination: "Destination",
};
const ChecksumType = {
    COMPOSITE: "COMPOSITE",
    FULL_OBJECT: "FULL_OBJECT",
};
const ServerSideEncryption = {
    AES256: "AES256",
    aws_backup: "aws:backup",
    aws_fsx: "aws:fsx",
    aws_kms: "aws:kms",
    aws_kms_dsse: "aws:kms:dsse",
};
const ObjectCannedACL = {
    authenticated_read: "authenticated-read",
    aws_exec_read: "aws-exec-read",
    bucket_owner_full_control: "bucket-owner-full-control",
    bucket_owner_read: "bucket-owner-read",
    private: "private",
    public_read: "public-read",
    public_read_write: "public-read-write",
};
const AnnotationDirective = {
    COPY: "COPY",
    EXCLUDE: "EXCLUDE",
};
const ChecksumAlgorithm = {
    CRC32: "CRC32",
    CRC32C: "CRC32C",
    CRC64NVME: "CRC64NVME",
    MD5: "MD5",
    SHA1: "SHA1",
    SHA256: "SHA256",
    SHA512: "SHA512",
    XXHASH128: "XXHASH128",
    XXHASH3: "XXHASH3",
    XXHASH64: "XXHASH64",
};
const MetadataDirective = {
    COPY: "COPY",
    REPLACE: "REPLACE",
};
const ObjectLockEventHold = {
    OFF: "OFF",
    ON: "ON",
};
const ObjectLockLegalHoldStatus = {
    OFF: "OFF",
    ON: "ON",
};
const ObjectLockMode = {
    COMPLIANCE: "COMPLIANCE",
    GOVERNANCE: "GOVERNANCE",
};
const StorageClass = {
    AWS_BACKUP_LOW_COST_WARM: "AWS_BACKUP_LOW_COST_WARM",
    AWS_BACKUP_WARM: "AWS_BACKUP_WARM",
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    EXPRESS_ONEZONE: "EXPRESS_ONEZONE",
    FSX_ONTAP: "FSX_ONTAP",
    FSX_OPENZFS: "FSX_OPENZFS",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    OUTPOSTS: "OUTPOSTS",
    REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
    SNOW: "SNOW",
    STANDARD: "STANDARD",
    STANDARD_IA: "STANDARD_IA",
};
const TaggingDirective = {
    COPY: "COPY",
    REPLACE: "REPLACE",
};
const BucketCannedACL = {
    authenticated_read: "authenticated-read",
    private: "private",
    public_read: "public-read",
    public_read_write: "public-read-write",
};
const BucketNamespace = {
    ACCOUNT_REGIONAL: "account-regional",
    GLOBAL: "global",
};
const DataRedundancy = {
    SingleAvailabilityZone: "SingleAvailabilityZone",
    SingleLocalZone: "SingleLocalZone",
};
const BucketType = {
    Directory: "Directory",
};
const LocationType = {
    AvailabilityZone: "AvailabilityZone",
    LocalZone: "LocalZone",
};
const BucketLocationConstraint = {
    EU: "EU",
    af_south_1: "af-south-1",
    ap_east_1: "ap-east-1",
    ap_east_2: "ap-east-2",
    ap_northeast_1: "ap-northeast-1",
    ap_northeast_2: "ap-northeast-2",
    ap_northeast_3: "ap-northeast-3",
    ap_south_1: "ap-south-1",
    ap_south_2: "ap-south-2",
    ap_southeast_1: "ap-southeast-1",
    ap_southeast_2: "ap-southeast-2",
    ap_southeast_3: "ap-southeast-3",
    ap_southeast_4: "ap-southeast-4",
    ap_southeast_5: "ap-southeast-5",
    ap_southeast_6: "ap-southeast-6",
    ap_southeast_7: "ap-southeast-7",
    ca_central_1: "ca-central-1",
    ca_west_1: "ca-west-1",
    cn_north_1: "cn-north-1",
    cn_northwest_1: "cn-northwest-1",
    eu_central_1: "eu-central-1",
    eu_central_2: "eu-central-2",
    eu_north_1: "eu-north-1",
    eu_south_1: "eu-south-1",
    eu_south_2: "eu-south-2",
    eu_west_1: "eu-west-1",
    eu_west_2: "eu-west-2",
    eu_west_3: "eu-west-3",
    il_central_1: "il-central-1",
    me_central_1: "me-central-1",
    me_south_1: "me-south-1",
    mx_central_1: "mx-central-1",
    sa_east_1: "sa-east-1",
    us_east_2: "us-east-2",
    us_gov_east_1: "us-gov-east-1",
    us_gov_west_1: "us-gov-west-1",
    us_west_1: "us-west-1",
    us_west_2: "us-west-2",
};
const ObjectOwnership = {
    BucketOwnerEnforced: "BucketOwnerEnforced",
    BucketOwnerPreferred: "BucketOwnerPreferred",
    ObjectWriter: "ObjectWriter",
};
const AnnotationConfigurationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const TableSseAlgorithm = {
    AES256: "AES256",
    aws_kms: "aws:kms",
};
const InventoryConfigurationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const ExpirationState = {
    DISABLED: "DISABLED",
    ENABLED: "ENABLED",
};
const SessionMode = {
    ReadOnly: "ReadOnly",
    ReadWrite: "ReadWrite",
};
const AnalyticsS3ExportFileFormat = {
    CSV: "CSV",
};
const StorageClassAnalysisSchemaVersion = {
    V_1: "V_1",
};
const EncryptionType = {
    NONE: "NONE",
    SSE_C: "SSE-C",
};
const IntelligentTieringStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const IntelligentTieringAccessTier = {
    ARCHIVE_ACCESS: "ARCHIVE_ACCESS",
    DEEP_ARCHIVE_ACCESS: "DEEP_ARCHIVE_ACCESS",
};
const InventoryFormat = {
    CSV: "CSV",
    ORC: "ORC",
    Parquet: "Parquet",
};
const InventoryIncludedObjectVersions = {
    All: "All",
    Current: "Current",
};
const InventoryOptionalField = {
    BucketKeyStatus: "BucketKeyStatus",
    ChecksumAlgorithm: "ChecksumAlgorithm",
    ETag: "ETag",
    EncryptionStatus: "EncryptionStatus",
    IntelligentTieringAccessTier: "IntelligentTieringAccessTier",
    IntelligentTieringReferenceDate: "IntelligentTieringReferenceDate",
    IsMultipartUploaded: "IsMultipartUploaded",
    LastModifiedDate: "LastModifiedDate",
    LifecycleExpirationDate: "LifecycleExpirationDate",
    ObjectAccessControlList: "ObjectAccessControlList",
    ObjectLockEventHoldDuration: "ObjectLockEventHoldDuration",
    ObjectLockEventHoldStatus: "ObjectLockEventHoldStatus",
    ObjectLockLegalHoldStatus: "ObjectLockLegalHoldStatus",
    ObjectLockMode: "ObjectLockMode",
    ObjectLockRetainUntilDate: "ObjectLockRetainUntilDate",
    ObjectOwner: "ObjectOwner",
    ReplicationStatus: "ReplicationStatus",
    Size: "Size",
    StorageClass: "StorageClass",
};
const InventoryFrequency = {
    Daily: "Daily",
    Weekly: "Weekly",
};
const TransitionStorageClass = {
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    STANDARD_IA: "STANDARD_IA",
};
const ExpirationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const TransitionDefaultMinimumObjectSize = {
    all_storage_classes_128K: "all_storage_classes_128K",
    varies_by_storage_class: "varies_by_storage_class",
};
const BucketLogsPermission = {
    FULL_CONTROL: "FULL_CONTROL",
    READ: "READ",
    WRITE: "WRITE",
};
const PartitionDateSource = {
    DeliveryTime: "DeliveryTime",
    EventTime: "EventTime",
};
const S3TablesBucketType = {
    aws: "aws",
    customer: "customer",
};
const Event = {
    s3_IntelligentTiering: "s3:IntelligentTiering",
    s3_LifecycleExpiration_: "s3:LifecycleExpiration:*",
    s3_LifecycleExpiration_Delete: "s3:LifecycleExpiration:Delete",
    s3_LifecycleExpiration_DeleteMarkerCreated: "s3:LifecycleExpiration:DeleteMarkerCreated",
    s3_LifecycleTransition: "s3:LifecycleTransition",
    s3_ObjectAcl_Put: "s3:ObjectAcl:Put",
    s3_ObjectAnnotation_: "s3:ObjectAnnotation:*",
    s3_ObjectAnnotation_Delete: "s3:ObjectAnnotation:Delete",
    s3_ObjectAnnotation_Put: "s3:ObjectAnnotation:Put",
    s3_ObjectCreated_: "s3:ObjectCreated:*",
    s3_ObjectCreated_CompleteMultipartUpload: "s3:ObjectCreated:CompleteMultipartUpload",
    s3_ObjectCreated_Copy: "s3:ObjectCreated:Copy",
    s3_ObjectCreated_Post: "s3:ObjectCreated:Post",
    s3_ObjectCreated_Put: "s3:ObjectCreated:Put",
    s3_ObjectRemoved_: "s3:ObjectRemoved:*",
    s3_ObjectRemoved_Delete: "s3:ObjectRemoved:Delete",
    s3_ObjectRemoved_DeleteMarkerCreated: "s3:ObjectRemoved:DeleteMarkerCreated",
    s3_ObjectRestore_: "s3:ObjectRestore:*",
    s3_ObjectRestore_Completed: "s3:ObjectRestore:Completed",
    s3_ObjectRestore_Delete: "s3:ObjectRestore:Delete",
    s3_ObjectRestore_Post: "s3:ObjectRestore:Post",
    s3_ObjectRetention_Put: "s3:ObjectRetention:Put",
    s3_ObjectTagging_: "s3:ObjectTagging:*",
    s3_ObjectTagging_Delete: "s3:ObjectTagging:Delete",
    s3_ObjectTagging_Put: "s3:ObjectTagging:Put",
    s3_ReducedRedundancyLostObject: "s3:ReducedRedundancyLostObject",
    s3_Replication_: "s3:Replication:*",
    s3_Replication_OperationFailedReplication: "s3:Replication:OperationFailedReplication",
    s3_Replication_OperationMissedThreshold: "s3:Replication:OperationMissedThreshold",
    s3_Replication_OperationNotTracked: "s3:Replication:OperationNotTracked",
    s3_Replication_OperationReplicatedAfterThreshold: "s3:Replication:OperationReplicatedAfterThreshold",
};
const FilterRuleName = {
    prefix: "prefix",
    suffix: "suffix",
};
const DeleteMarkerReplicationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const MetricsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicationTimeStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ExistingObjectReplicationStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicaModificationsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const SseKmsEncryptedObjectsStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const ReplicationRuleStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const Payer = {
    BucketOwner: "BucketOwner",
    Requester: "Requester",
};
const MFADeleteStatus = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const BucketVersioningStatus = {
    Enabled: "Enabled",
    Suspended: "Suspended",
};
const Protocol = {
    http: "http",
    https: "https",
};
const ReplicationStatus = {
    COMPLETE: "COMPLETE",
    COMPLETED: "COMPLETED",
    FAILED: "FAILED",
    PENDING: "PENDING",
    REPLICA: "REPLICA",
};
const ChecksumMode = {
    ENABLED: "ENABLED",
};
const ObjectAttributes = {
    CHECKSUM: "Checksum",
    ETAG: "ETag",
    OBJECT_PARTS: "ObjectParts",
    OBJECT_SIZE: "ObjectSize",
    STORAGE_CLASS: "StorageClass",
};
const ObjectLockEnabled = {
    Enabled: "Enabled",
};
const ObjectLockRetentionMode = {
    COMPLIANCE: "COMPLIANCE",
    GOVERNANCE: "GOVERNANCE",
};
const ArchiveStatus = {
    ARCHIVE_ACCESS: "ARCHIVE_ACCESS",
    DEEP_ARCHIVE_ACCESS: "DEEP_ARCHIVE_ACCESS",
};
const EncodingType = {
    url: "url",
};
const ObjectStorageClass = {
    AWS_BACKUP_LOW_COST_WARM: "AWS_BACKUP_LOW_COST_WARM",
    AWS_BACKUP_WARM: "AWS_BACKUP_WARM",
    DEEP_ARCHIVE: "DEEP_ARCHIVE",
    EXPRESS_ONEZONE: "EXPRESS_ONEZONE",
    FSX_ONTAP: "FSX_ONTAP",
    FSX_OPENZFS: "FSX_OPENZFS",
    GLACIER: "GLACIER",
    GLACIER_IR: "GLACIER_IR",
    INTELLIGENT_TIERING: "INTELLIGENT_TIERING",
    ONEZONE_IA: "ONEZONE_IA",
    OUTPOSTS: "OUTPOSTS",
    REDUCED_REDUNDANCY: "REDUCED_REDUNDANCY",
    SNOW: "SNOW",
    STANDARD: "STANDARD",
    STANDARD_IA: "STANDARD_IA",
};
const OptionalObjectAttributes = {
    RESTORE_STATUS: "RestoreStatus",
};
const ObjectVersionStorageClass = {
    STANDARD: "STANDARD",
};
const MFADelete = {
    Disabled: "Disabled",
    Enabled: "Enabled",
};
const Tier = {
    Bulk: "Bulk",
    Expedited: "Expedited",
    Standard: "Standard",
};
const ExpressionType = {
    SQL: "SQL",
};
const CompressionType = {
    BZIP2: "BZIP2",
    GZIP: "GZIP",
    NONE: "NONE",
};
const FileHeaderInfo = {
    IGNORE: "IGNORE",
    NONE: "NONE",
    USE: "USE",
};
const JSONType = {
    DOCUMENT: "DOCUMENT",
    LINES: "LINES",
};
const QuoteFields = {
    ALWAYS: "ALWAYS",
    ASNEEDED: "ASNEEDED",
};
const RestoreRequestType = {
    SELECT: "SELECT",
};

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/errors.js
var errors = __webpack_require__(275);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/models/S3ServiceException.js
var S3ServiceException = __webpack_require__(8734);
;// CONCATENATED MODULE: ./node_modules/@aws-sdk/client-s3/dist-es/index.js














/***/ })

};
