export const id = 117;
export const ids = [117];
export const modules = {

/***/ 9117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uploadUnlessPresent: () => (/* binding */ uploadUnlessPresent)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5539);
/* harmony import */ var _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7076);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2495);



/** Puts the zip at `key` unless an object of the same size is there already (keys are content-addressed). */
async function uploadUnlessPresent(s3, bucket, key, zip) {
    if (await objectHasSize(s3, bucket, key, zip.zipSize))
        return;
    await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_1__/* .PutObjectCommand */ .w({
        Bucket: bucket,
        Key: key,
        Body: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(zip.path),
        ContentLength: zip.zipSize,
        ContentType: 'application/zip',
        // S3 checks the bytes against it, and a precomputed checksum keeps the upload a plain PUT.
        ChecksumSHA256: zip.codeSha256,
    }));
}
async function objectHasSize(s3, bucket, key, size) {
    try {
        const head = await s3.send(new _aws_sdk_client_s3__WEBPACK_IMPORTED_MODULE_2__/* .HeadObjectCommand */ .l({ Bucket: bucket, Key: key }));
        return head.ContentLength === size;
    }
    catch (err) {
        if ((0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .isNotFound */ .c4)(err) || (0,_retry_js__WEBPACK_IMPORTED_MODULE_3__/* .httpStatusOf */ .s_)(err) === 404)
            return false;
        throw err;
    }
}


/***/ })

};
