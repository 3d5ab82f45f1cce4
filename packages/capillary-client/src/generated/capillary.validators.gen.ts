// Generated from specs/capillary.yaml by `pnpm generate` (specs/scripts/generate-validators.ts, Ajv standalone code).
// Do not edit: change the spec or the generator and run `pnpm generate`.
// @ts-nocheck -- Ajv's standalone output is untyped JavaScript; the exported table below is typed.
import type { CompiledOperation, DocumentedCode } from '@loyalty-gateway/http-runtime';
// Only the small runtime helpers of Ajv and ajv-formats, never the Ajv compiler.
import * as ajvRuntime0 from 'ajv/dist/runtime/ucs2length.js';
import * as ajvRuntime1 from 'ajv-formats/dist/formats.js';

// One export of a CommonJS module, however the importer (Node, vitest, esbuild) maps module.exports
// onto the namespace: Node and esbuild's node mode put it in `default`, vitest unwraps `__esModule`.
function cjsExport(namespace, key) {
  const exports = namespace['module.exports'] ?? namespace.default;
  if (key === 'default') return typeof exports === 'function' ? exports : exports.default;
  return namespace[key] ?? exports[key];
}

const generateOAuthToken__body = validate20;
const schema31 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest"};
const schema33 = {"type":"object","description":"An API client's credentials, created in InTouch.","required":["key","secret"],"additionalProperties":false,"properties":{"key":{"type":"string","minLength":1,"description":"The API client key."},"secret":{"type":"string","minLength":1,"description":"The API client secret."}}};
const func1 = cjsExport(ajvRuntime0, "default");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.key === undefined){
const err0 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.secret === undefined){
const err1 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "key") || (key0 === "secret"))){
const err2 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.key !== undefined){
let data0 = data.key;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err3 = {instancePath:instancePath+"/key",schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/key",schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.secret !== undefined){
let data1 = data.secret;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err5 = {instancePath:instancePath+"/secret",schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/properties/secret/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/secret",schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenRequest/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_200 = validate22;
const schema34 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/OAuthTokenResponse"};
const schema35 = {"type":"object","description":"`{data: {accessToken, ttlSeconds}, errors: null}` (C29).","required":["data"],"properties":{"data":{"type":"object","required":["accessToken","ttlSeconds"],"properties":{"accessToken":{"type":"string","minLength":1,"description":"A JWT to send in `X-CAP-API-OAUTH-TOKEN`."},"ttlSeconds":{"type":"integer","minimum":1,"description":"Lifetime of the token in seconds (set per API client; 300 in the sample)."}}},"errors":{"oneOf":[{"type":"null"},{"type":"array","items":{"$ref":"#/components/schemas/CapillaryError"}}]}}};
const schema36 = {"type":"object","description":"An error or warning item of the v2 envelope.","required":["code","message"],"properties":{"status":{"type":"boolean","description":"Always false for errors and warnings."},"code":{"type":"integer","description":"A code from `x-error-codes` (or another Capillary code)."},"message":{"type":"string","description":"Human-readable text."}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.data !== undefined){
let data0 = data.data;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.accessToken === undefined){
const err1 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "accessToken"},message:"must have required property '"+"accessToken"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.ttlSeconds === undefined){
const err2 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/required",keyword:"required",params:{missingProperty: "ttlSeconds"},message:"must have required property '"+"ttlSeconds"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.accessToken !== undefined){
let data1 = data0.accessToken;
if(typeof data1 === "string"){
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/data/accessToken",schemaPath:"#/properties/data/properties/accessToken/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/data/accessToken",schemaPath:"#/properties/data/properties/accessToken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.ttlSeconds !== undefined){
let data2 = data0.ttlSeconds;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err5 = {instancePath:instancePath+"/data/ttlSeconds",schemaPath:"#/properties/data/properties/ttlSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
const err6 = {instancePath:instancePath+"/data/ttlSeconds",schemaPath:"#/properties/data/properties/ttlSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
else {
const err7 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.errors !== undefined){
let data3 = data.errors;
const _errs8 = errors;
let valid2 = false;
let passing0 = null;
const _errs9 = errors;
if(data3 !== null){
const err8 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs9 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.code === undefined){
const err9 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.message === undefined){
const err10 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data4.status !== undefined){
if(typeof data4.status !== "boolean"){
const err11 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data4.code !== undefined){
let data6 = data4.code;
if(!((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6)))){
const err12 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data4.message !== undefined){
if(typeof data4.message !== "string"){
const err13 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err16 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err17 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":{"data":true,"errors":true},"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":{"data":true,"errors":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_400 = validate25;
const schema37 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};
const schema38 = {"type":"object","description":"The v2 error envelope `{errors, warnings}` (C19). The documented codes of userGroup2, the same\nlist as `x-error-codes` (which adds each meaning; specs/test/error-codes.test.ts keeps the two\nequal). The texts are the legacy doc's (C23) except 1656, which is the GET sample's warning (C20):\n\n| code | kind | message |\n| --- | --- | --- |\n| 403 | error | Field {x} is mandatory. |\n| 1619 | error | Group id {x} is invalid |\n| 1620 | error | User {x} does not belong to group {y}. |\n| 1622 | error | Users does not belong to same company. |\n| 1623 | error | User {x} already present in group {y}. |\n| 1624 | error | Group transfer not allowed for primary member {x} |\n| 1632 | error | Group id/externalId/primary userId {x} passed is not valid. |\n| 1633 | error | Group external Id {x} already exists. |\n| 1634 | error | Group externalId can't be null |\n| 1635 | error | Group query param is not passed. |\n| 1636 | error | Customer is already a member of the group. |\n| 1637 | error | Primary member exists for the group. |\n| 1638 | error | Total members in the group reached maximum group capacity {x}. |\n| 1639 | error | Group max size can not exceed product limit {x} |\n| 1640 | error | Group max size field should be a positive value. |\n| 1641 | error | Invalid permission code {x} passed. |\n| 1642 | error | User is primary member in a different group. |\n| 1643 | error | Nothing to update in the group |\n| 1644 | error | Group details not passed. |\n| 1645 | error | Group details passed are not valid. |\n| 1656 | warning | Fleet group do not have a mapped hierarchy |\n| 8015 | error | Customer not found for the given identifiers. |\n| 8069 | error | Merged customer found. |\n| 91016 | warning | Extended field name {x} is invalid. |\n| 91017 | warning | Extended field value for {x} is invalid. |\n","required":["errors"],"properties":{"errors":{"type":"array","items":{"$ref":"#/components/schemas/CapillaryError"}},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/CapillaryWarning"}}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_401 = validate28;
const schema41 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate29(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_429 = validate31;
const schema45 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}
validate32.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate32(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_500 = validate34;
const schema49 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate34.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate35(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
validate34.errors = vErrors;
return errors === 0;
}
validate34.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_503 = validate37;
const schema53 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate38(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
validate37.errors = vErrors;
return errors === 0;
}
validate37.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const generateOAuthToken__response_default = validate40;
const schema57 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate41.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate41.errors = vErrors;
return errors === 0;
}
validate41.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate41(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_id = validate43;
const schema61 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/GroupIdString"};
const schema62 = {"type":"string","description":"A group id as a string of digits (1-19, no leading zero).","pattern":"^[1-9][0-9]{0,18}$"};
const pattern4 = new RegExp("^[1-9][0-9]{0,18}$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate43.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern4.test(data)){
const err0 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/GroupIdString/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{0,18}$"},message:"must match pattern \""+"^[1-9][0-9]{0,18}$"+"\""};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/GroupIdString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate43.errors = vErrors;
return errors === 0;
}
validate43.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_externalId = validate44;
const schema63 = {"type":"string","minLength":1,"maxLength":50};

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate44.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(func1(data) > 50){
const err0 = {instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(func1(data) < 1){
const err1 = {instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate44.errors = vErrors;
return errors === 0;
}
validate44.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_primaryMemberDetails = validate45;
const schema64 = {"type":"boolean"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_programDetails = validate46;
const schema65 = {"type":"boolean"};

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate46.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate46.errors = vErrors;
return errors === 0;
}
validate46.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_expiredPoints = validate47;
const schema66 = {"type":"boolean"};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_expirySchedules = validate48;
const schema67 = {"type":"boolean"};

function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate48.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate48.errors = vErrors;
return errors === 0;
}
validate48.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__query_companyDetails = validate49;
const schema68 = {"type":"boolean"};

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "boolean"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_200 = validate50;
const schema69 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/UserGroupDetails"};
const schema70 = {"type":"object","description":"The group as returned by `GET /v2/userGroup2` (C40-C42); only `id` is always present.","required":["id"],"properties":{"id":{"type":"integer","format":"int64","description":"Unique identifier of the group."},"externalId":{"type":"string","description":"External id of the group."},"groupName":{"type":"string","description":"Name of the group."},"maxGroupSize":{"type":"integer","description":"Maximum size (members) of the group."},"groupStatus":{"type":"string","enum":["ACTIVE","INACTIVE","DELETED","EXITED"],"description":"Group status (EXITED appears on the search page)."},"createdBy":{"type":"integer","format":"int64","description":"Id of the creator."},"createdOn":{"type":"string","format":"date-time","description":"Creation time, ISO 8601 with an offset (C44)."},"lifeTimePurchases":{"type":"number","description":"Lifetime purchases of the group."},"totalActiveMembers":{"type":"integer","description":"Active members."},"totalExitedMembers":{"type":"integer","description":"Members who left."},"extendedFields":{"$ref":"#/components/schemas/ExtendedFieldValues"},"fleetGroupUsers":{"type":"array","description":"Members of the group.","items":{"$ref":"#/components/schemas/FleetGroupUser"}},"warnings":{"type":"array","description":"Warnings, e.g. 1656 \"Fleet group do not have a mapped hierarchy\".","items":{"$ref":"#/components/schemas/CapillaryWarning"}}}};
const schema71 = {"type":"object","description":"Extended field values as stored, typed by their field definitions.","additionalProperties":{"type":["string","number","boolean"]}};
const schema72 = {"type":"object","description":"A member of the group (C41).","properties":{"userId":{"type":"integer","format":"int64","description":"Customer id."},"groupId":{"type":"integer","format":"int64","description":"Group id."},"defaultGroup":{"type":"boolean","description":"Whether this is the member's default group."},"primaryMember":{"type":"boolean","description":"Whether the member is the group's primary member."},"active":{"type":"boolean","description":"Whether the membership is active."}}};
const formats0 = cjsExport(ajvRuntime1, "fullFormats").int64;
const formats4 = cjsExport(ajvRuntime1, "fullFormats")["date-time"];

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.externalId !== undefined){
if(typeof data.externalId !== "string"){
const err3 = {instancePath:instancePath+"/externalId",schemaPath:"#/properties/externalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupName !== undefined){
if(typeof data.groupName !== "string"){
const err4 = {instancePath:instancePath+"/groupName",schemaPath:"#/properties/groupName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.maxGroupSize !== undefined){
let data3 = data.maxGroupSize;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/properties/maxGroupSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.groupStatus !== undefined){
let data4 = data.groupStatus;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/groupStatus",schemaPath:"#/properties/groupStatus/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((data4 === "ACTIVE") || (data4 === "INACTIVE")) || (data4 === "DELETED")) || (data4 === "EXITED"))){
const err7 = {instancePath:instancePath+"/groupStatus",schemaPath:"#/properties/groupStatus/enum",keyword:"enum",params:{allowedValues: schema70.properties.groupStatus.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.createdBy !== undefined){
let data5 = data.createdBy;
if(!((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5)))){
const err8 = {instancePath:instancePath+"/createdBy",schemaPath:"#/properties/createdBy/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(typeof data5 == "number"){
if(!(formats0.validate(data5))){
const err9 = {instancePath:instancePath+"/createdBy",schemaPath:"#/properties/createdBy/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data.createdOn !== undefined){
let data6 = data.createdOn;
if(typeof data6 === "string"){
if(!(formats4.validate(data6))){
const err10 = {instancePath:instancePath+"/createdOn",schemaPath:"#/properties/createdOn/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/createdOn",schemaPath:"#/properties/createdOn/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.lifeTimePurchases !== undefined){
if(!(typeof data.lifeTimePurchases == "number")){
const err12 = {instancePath:instancePath+"/lifeTimePurchases",schemaPath:"#/properties/lifeTimePurchases/type",keyword:"type",params:{type: "number"},message:"must be number"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.totalActiveMembers !== undefined){
let data8 = data.totalActiveMembers;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err13 = {instancePath:instancePath+"/totalActiveMembers",schemaPath:"#/properties/totalActiveMembers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.totalExitedMembers !== undefined){
let data9 = data.totalExitedMembers;
if(!((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9)))){
const err14 = {instancePath:instancePath+"/totalExitedMembers",schemaPath:"#/properties/totalExitedMembers/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.extendedFields !== undefined){
let data10 = data.extendedFields;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key0 in data10){
let data11 = data10[key0];
if(((typeof data11 !== "string") && (!(typeof data11 == "number"))) && (typeof data11 !== "boolean")){
const err15 = {instancePath:instancePath+"/extendedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/ExtendedFieldValues/additionalProperties/type",keyword:"type",params:{type: schema71.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFieldValues/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.fleetGroupUsers !== undefined){
let data12 = data.fleetGroupUsers;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
let data13 = data12[i0];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.userId !== undefined){
let data14 = data13.userId;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err17 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/userId",schemaPath:"#/components/schemas/FleetGroupUser/properties/userId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(typeof data14 == "number"){
if(!(formats0.validate(data14))){
const err18 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/userId",schemaPath:"#/components/schemas/FleetGroupUser/properties/userId/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data13.groupId !== undefined){
let data15 = data13.groupId;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
const err19 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/groupId",schemaPath:"#/components/schemas/FleetGroupUser/properties/groupId/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(typeof data15 == "number"){
if(!(formats0.validate(data15))){
const err20 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/groupId",schemaPath:"#/components/schemas/FleetGroupUser/properties/groupId/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
if(data13.defaultGroup !== undefined){
if(typeof data13.defaultGroup !== "boolean"){
const err21 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/defaultGroup",schemaPath:"#/components/schemas/FleetGroupUser/properties/defaultGroup/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data13.primaryMember !== undefined){
if(typeof data13.primaryMember !== "boolean"){
const err22 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/primaryMember",schemaPath:"#/components/schemas/FleetGroupUser/properties/primaryMember/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data13.active !== undefined){
if(typeof data13.active !== "boolean"){
const err23 = {instancePath:instancePath+"/fleetGroupUsers/" + i0+"/active",schemaPath:"#/components/schemas/FleetGroupUser/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/fleetGroupUsers/" + i0,schemaPath:"#/components/schemas/FleetGroupUser/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/fleetGroupUsers",schemaPath:"#/properties/fleetGroupUsers/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.warnings !== undefined){
let data19 = data.warnings;
if(Array.isArray(data19)){
const len1 = data19.length;
for(let i1=0; i1<len1; i1++){
let data20 = data19[i1];
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.code === undefined){
const err26 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data20.message === undefined){
const err27 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data20.status !== undefined){
if(typeof data20.status !== "boolean"){
const err28 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data20.code !== undefined){
let data22 = data20.code;
if(!((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22)))){
const err29 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data20.message !== undefined){
if(typeof data20.message !== "string"){
const err30 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":{"id":true,"externalId":true,"groupName":true,"maxGroupSize":true,"groupStatus":true,"createdBy":true,"createdOn":true,"lifeTimePurchases":true,"totalActiveMembers":true,"totalExitedMembers":true,"extendedFields":true,"fleetGroupUsers":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate50.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate51(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
validate50.errors = vErrors;
return errors === 0;
}
validate50.evaluated = {"props":{"id":true,"externalId":true,"groupName":true,"maxGroupSize":true,"groupStatus":true,"createdBy":true,"createdOn":true,"lifeTimePurchases":true,"totalActiveMembers":true,"totalExitedMembers":true,"extendedFields":true,"fleetGroupUsers":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_400 = validate53;
const schema74 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate54(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_401 = validate56;
const schema78 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate57(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_429 = validate59;
const schema82 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate59.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
validate59.errors = vErrors;
return errors === 0;
}
validate59.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_500 = validate62;
const schema86 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate63.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate63.errors = vErrors;
return errors === 0;
}
validate63.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate63(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_503 = validate65;
const schema90 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate66.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate66.errors = vErrors;
return errors === 0;
}
validate66.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate66(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate66.errors : vErrors.concat(validate66.errors);
errors = vErrors.length;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const getUserGroup__response_default = validate68;
const schema94 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate68.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
validate68.errors = vErrors;
return errors === 0;
}
validate68.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__body = validate71;
const schema98 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/CreateUserGroupRequest"};
const schema99 = {"type":"object","description":"Body of `POST /v2/userGroup2`.","required":["externalId","maxGroupSize"],"additionalProperties":false,"properties":{"externalId":{"$ref":"#/components/schemas/ExternalId"},"groupName":{"$ref":"#/components/schemas/GroupName"},"maxGroupSize":{"$ref":"#/components/schemas/MaxGroupSize"},"extendedFields":{"$ref":"#/components/schemas/ExtendedFields"}}};
const schema100 = {"type":"string","minLength":1,"maxLength":50,"description":"External id of the group (at most 50 characters, as on the add-group page)."};
const schema101 = {"type":"string","minLength":1,"maxLength":50,"description":"Name of the group. The maximum number of allowed characters is 50."};
const schema102 = {"type":"integer","minimum":1,"description":"Maximum number of members. Capped by the product configuration `CONF_MAX_FLEET_GROUP_SIZE`, 30,000 when not set (error 1639 above it, 1640 when not positive; C14). The cap is per org, so it is not a bound of this schema: the Capillary client takes it as its `maxGroupSize` option (default 30000) and refuses a larger value before sending (`x-doc-conflicts` \"maxGroupSize range\")."};
const schema103 = {"type":"object","description":"Extended fields of the `usergroup2` entity, name -> value. The docs call this an \"array\" but every sample is an object (C12). Values may be sent as strings and come back typed (\"35\" -> 35; C13). An unknown name yields warning 91016, a value of the wrong type warning 91017: the vendor documents no limit on names or values, so this schema sets none and such a field is the vendor's warning, never a refusal here. The one bound is this spec's choice: at most 50 fields per request (`x-doc-conflicts` \"Extended field limits\").","maxProperties":50,"additionalProperties":{"type":["string","number","boolean"]},"examples":[{"platinum":"35"}]};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate72.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.externalId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "externalId"},message:"must have required property '"+"externalId"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.maxGroupSize === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "maxGroupSize"},message:"must have required property '"+"maxGroupSize"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "externalId") || (key0 === "groupName")) || (key0 === "maxGroupSize")) || (key0 === "extendedFields"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.externalId !== undefined){
let data0 = data.externalId;
if(typeof data0 === "string"){
if(func1(data0) > 50){
const err3 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data0) < 1){
const err4 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.groupName !== undefined){
let data1 = data.groupName;
if(typeof data1 === "string"){
if(func1(data1) > 50){
const err6 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.maxGroupSize !== undefined){
let data2 = data.maxGroupSize;
if(!((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2)))){
const err9 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 == "number"){
if(data2 < 1 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data.extendedFields !== undefined){
let data3 = data.extendedFields;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(Object.keys(data3).length > 50){
const err11 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFields/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data3){
let data4 = data3[key1];
if(((typeof data4 !== "string") && (!(typeof data4 == "number"))) && (typeof data4 !== "boolean")){
const err12 = {instancePath:instancePath+"/extendedFields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/ExtendedFields/additionalProperties/type",keyword:"type",params:{type: schema103.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate72.errors = vErrors;
return errors === 0;
}
validate72.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate72(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_200 = validate74;
const schema104 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/CreateUserGroupResponse"};
const schema105 = {"type":"object","description":"The new group's id.","required":["entity"],"properties":{"entity":{"type":"integer","format":"int64","description":"Id of the created group."},"warnings":{"type":"array","items":{"$ref":"#/components/schemas/CapillaryWarning"}}}};

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate75.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.entity === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "entity"},message:"must have required property '"+"entity"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.entity !== undefined){
let data0 = data.entity;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/entity",schemaPath:"#/properties/entity/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.warnings !== undefined){
let data1 = data.warnings;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.code === undefined){
const err3 = {instancePath:instancePath+"/warnings/" + i0,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data2.message === undefined){
const err4 = {instancePath:instancePath+"/warnings/" + i0,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data2.status !== undefined){
if(typeof data2.status !== "boolean"){
const err5 = {instancePath:instancePath+"/warnings/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.code !== undefined){
let data4 = data2.code;
if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){
const err6 = {instancePath:instancePath+"/warnings/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data2.message !== undefined){
if(typeof data2.message !== "string"){
const err7 = {instancePath:instancePath+"/warnings/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/warnings/" + i0,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate75.errors = vErrors;
return errors === 0;
}
validate75.evaluated = {"props":{"entity":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate74.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate75(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
validate74.errors = vErrors;
return errors === 0;
}
validate74.evaluated = {"props":{"entity":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_400 = validate77;
const schema107 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate77(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate77.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
validate77.errors = vErrors;
return errors === 0;
}
validate77.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_401 = validate80;
const schema111 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate81.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate81.errors = vErrors;
return errors === 0;
}
validate81.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate80.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate81(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate81.errors : vErrors.concat(validate81.errors);
errors = vErrors.length;
}
validate80.errors = vErrors;
return errors === 0;
}
validate80.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_429 = validate83;
const schema115 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate84.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate84.errors = vErrors;
return errors === 0;
}
validate84.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate83.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate84(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
errors = vErrors.length;
}
validate83.errors = vErrors;
return errors === 0;
}
validate83.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_500 = validate86;
const schema119 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate86.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate87(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
validate86.errors = vErrors;
return errors === 0;
}
validate86.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_503 = validate89;
const schema123 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate90(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate90.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate90.errors = vErrors;
return errors === 0;
}
validate90.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate89.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate90(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate90.errors : vErrors.concat(validate90.errors);
errors = vErrors.length;
}
validate89.errors = vErrors;
return errors === 0;
}
validate89.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const addUserGroup__response_default = validate92;
const schema127 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__body = validate95;
const schema131 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/UpdateUserGroupRequest"};
const schema132 = {"description":"Body of `PUT /v2/userGroup2`: the group (`id` or `externalId`, one is required; C9, C10) and at least one change (`groupName`, `maxGroupSize` or a non-empty `extendedFields`): a body that names a group and changes nothing is what the vendor answers with 1643 \"Nothing to update in the group\", so it is refused here. Only what is given is changed. When both `id` and `externalId` are given, `id` selects the group and `externalId` must be that group's own: the docs never offer to change `externalId` with PUT (`x-doc-conflicts` \"id and externalId together\"). An empty `externalId`, as in the legacy sample, is refused (`x-doc-conflicts` \"Empty externalId\").","allOf":[{"$ref":"#/components/schemas/UpdateUserGroupFields"},{"$ref":"#/components/schemas/UserGroupSelector"},{"$ref":"#/components/schemas/UserGroupChange"}]};
const schema133 = {"type":"object","description":"The fields `PUT /v2/userGroup2` accepts, all optional on their own (see UpdateUserGroupRequest).","additionalProperties":false,"properties":{"id":{"$ref":"#/components/schemas/GroupId"},"externalId":{"$ref":"#/components/schemas/ExternalId"},"groupName":{"$ref":"#/components/schemas/GroupName"},"maxGroupSize":{"$ref":"#/components/schemas/MaxGroupSize"},"extendedFields":{"$ref":"#/components/schemas/ExtendedFields"}}};
const schema134 = {"description":"A group id. Documented as an integer but sent as a string in every sample request (C11): either form is accepted. A string is 1-19 digits with no leading zero, so `0` and `001` are no ids and ids beyond 2^53 travel unchanged; an integer is at least 1 and within int64 (the GET page says Long).","oneOf":[{"type":"integer","format":"int64","minimum":1,"maximum":9223372036854776000},{"$ref":"#/components/schemas/GroupIdString"}]};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate98.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(typeof data == "number"){
if(data > 9223372036854776000 || isNaN(data)){
const err1 = {instancePath,schemaPath:"#/oneOf/0/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9223372036854776000},message:"must be <= 9223372036854776000"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data < 1 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!(formats0.validate(data))){
const err3 = {instancePath,schemaPath:"#/oneOf/0/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs3 = errors;
if(typeof data === "string"){
if(!pattern4.test(data)){
const err4 = {instancePath,schemaPath:"#/components/schemas/GroupIdString/pattern",keyword:"pattern",params:{pattern: "^[1-9][0-9]{0,18}$"},message:"must match pattern \""+"^[1-9][0-9]{0,18}$"+"\""};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath,schemaPath:"#/components/schemas/GroupIdString/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err6 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate98.errors = vErrors;
return errors === 0;
}
validate98.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate97(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate97.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "externalId")) || (key0 === "groupName")) || (key0 === "maxGroupSize")) || (key0 === "extendedFields"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.id !== undefined){
if(!(validate98(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
if(data.externalId !== undefined){
let data1 = data.externalId;
if(typeof data1 === "string"){
if(func1(data1) > 50){
const err1 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data1) < 1){
const err2 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupName !== undefined){
let data2 = data.groupName;
if(typeof data2 === "string"){
if(func1(data2) > 50){
const err4 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.maxGroupSize !== undefined){
let data3 = data.maxGroupSize;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err7 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(typeof data3 == "number"){
if(data3 < 1 || isNaN(data3)){
const err8 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.extendedFields !== undefined){
let data4 = data.extendedFields;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(Object.keys(data4).length > 50){
const err9 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFields/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data4){
let data5 = data4[key1];
if(((typeof data5 !== "string") && (!(typeof data5 == "number"))) && (typeof data5 !== "boolean")){
const err10 = {instancePath:instancePath+"/extendedFields/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/ExtendedFields/additionalProperties/type",keyword:"type",params:{type: schema103.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate97.errors = vErrors;
return errors === 0;
}
validate97.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema140 = {"description":"Which group a PUT updates; one of `id` / `externalId` is required (C9, C10).","anyOf":[{"type":"object","required":["id"],"properties":{"id":{"$ref":"#/components/schemas/GroupId"}}},{"type":"object","required":["externalId"],"properties":{"externalId":{"$ref":"#/components/schemas/ExternalId"}}}]};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
if(!(validate98(data.id, {instancePath:instancePath+"/id",parentData:data,parentDataProperty:"id",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.id = true;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.externalId === undefined){
const err2 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "externalId"},message:"must have required property '"+"externalId"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.externalId !== undefined){
let data1 = data.externalId;
if(typeof data1 === "string"){
if(func1(data1) > 50){
const err3 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func1(data1) < 1){
const err4 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/externalId",schemaPath:"#/components/schemas/ExternalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.externalId = true;
}
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate101.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate101.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema142 = {"description":"What a PUT changes: at least one of `groupName`, `maxGroupSize` or a non-empty `extendedFields` (else the vendor's 1643 \"Nothing to update in the group\").","anyOf":[{"type":"object","required":["groupName"],"properties":{"groupName":{"$ref":"#/components/schemas/GroupName"}}},{"type":"object","required":["maxGroupSize"],"properties":{"maxGroupSize":{"$ref":"#/components/schemas/MaxGroupSize"}}},{"type":"object","required":["extendedFields"],"properties":{"extendedFields":{"$ref":"#/components/schemas/NonEmptyExtendedFields"}}}]};
const schema145 = {"description":"Extended fields with at least one entry (an empty object sets nothing).","allOf":[{"$ref":"#/components/schemas/ExtendedFields"}],"minProperties":1};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate105.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 50){
const err0 = {instancePath,schemaPath:"#/components/schemas/ExtendedFields/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
let data0 = data[key0];
if(((typeof data0 !== "string") && (!(typeof data0 == "number"))) && (typeof data0 !== "boolean")){
const err1 = {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/ExtendedFields/additionalProperties/type",keyword:"type",params:{type: schema103.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/components/schemas/ExtendedFields/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length < 1){
const err3 = {instancePath,schemaPath:"#/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
validate105.errors = vErrors;
return errors === 0;
}
validate105.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate104(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate104.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groupName === undefined){
const err0 = {instancePath,schemaPath:"#/anyOf/0/required",keyword:"required",params:{missingProperty: "groupName"},message:"must have required property '"+"groupName"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.groupName !== undefined){
let data0 = data.groupName;
if(typeof data0 === "string"){
if(func1(data0) > 50){
const err1 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/maxLength",keyword:"maxLength",params:{limit: 50},message:"must NOT have more than 50 characters"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/groupName",schemaPath:"#/components/schemas/GroupName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = {};
props0.groupName = true;
}
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.maxGroupSize === undefined){
const err5 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "maxGroupSize"},message:"must have required property '"+"maxGroupSize"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.maxGroupSize !== undefined){
let data1 = data.maxGroupSize;
if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){
const err6 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(typeof data1 == "number"){
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/components/schemas/MaxGroupSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.maxGroupSize = true;
}
}
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.extendedFields === undefined){
const err9 = {instancePath,schemaPath:"#/anyOf/2/required",keyword:"required",params:{missingProperty: "extendedFields"},message:"must have required property '"+"extendedFields"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data.extendedFields !== undefined){
if(!(validate105(data.extendedFields, {instancePath:instancePath+"/extendedFields",parentData:data,parentDataProperty:"extendedFields",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
var _valid0 = _errs11 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
if(props0 !== true){
props0 = props0 || {};
props0.extendedFields = true;
}
}
if(!valid0){
const err11 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate104.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate104.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate96.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate97(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate97.errors : vErrors.concat(validate97.errors);
errors = vErrors.length;
}
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
if(!(validate104(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate104.errors : vErrors.concat(validate104.errors);
errors = vErrors.length;
}
validate96.errors = vErrors;
return errors === 0;
}
validate96.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate95.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate96(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
errors = vErrors.length;
}
validate95.errors = vErrors;
return errors === 0;
}
validate95.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_200 = validate109;
const schema147 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/UserGroup"};
const schema148 = {"type":"object","description":"The group as returned by `PUT /v2/userGroup2`: the group itself, not wrapped in an envelope (C16). `externalId` appears in the newer sample only; `entityType`, `promisedPointsScheduleList` and `triggerBasedPointsList` are listed in the docs' table but never shown (C17), so they are optional.","required":["id"],"properties":{"id":{"type":"integer","format":"int64","description":"Unique identifier of the group."},"externalId":{"type":"string","description":"External id of the group."},"groupName":{"type":"string","description":"Name of the group."},"maxGroupSize":{"type":"integer","description":"Maximum size (members) of the group."},"extendedFields":{"$ref":"#/components/schemas/ExtendedFieldValues"},"entityType":{"type":"string","description":"Type of entity (listed, never shown in a sample)."},"promisedPointsScheduleList":{"type":"array","description":"Promised points scheduled for the group (listed, never shown).","items":{"type":"object","additionalProperties":true}},"triggerBasedPointsList":{"type":"array","description":"Points based on triggers or conditions (listed, never shown).","items":{"type":"object","additionalProperties":true}},"warnings":{"type":"array","description":"Warnings, e.g. 91016 / 91017 for extended fields that were not applied.","items":{"$ref":"#/components/schemas/CapillaryWarning"}}}};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate110.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(!((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0)))){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(typeof data0 == "number"){
if(!(formats0.validate(data0))){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/format",keyword:"format",params:{format: "int64"},message:"must match format \""+"int64"+"\""};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
if(data.externalId !== undefined){
if(typeof data.externalId !== "string"){
const err3 = {instancePath:instancePath+"/externalId",schemaPath:"#/properties/externalId/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupName !== undefined){
if(typeof data.groupName !== "string"){
const err4 = {instancePath:instancePath+"/groupName",schemaPath:"#/properties/groupName/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.maxGroupSize !== undefined){
let data3 = data.maxGroupSize;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err5 = {instancePath:instancePath+"/maxGroupSize",schemaPath:"#/properties/maxGroupSize/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.extendedFields !== undefined){
let data4 = data.extendedFields;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key0 in data4){
let data5 = data4[key0];
if(((typeof data5 !== "string") && (!(typeof data5 == "number"))) && (typeof data5 !== "boolean")){
const err6 = {instancePath:instancePath+"/extendedFields/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/components/schemas/ExtendedFieldValues/additionalProperties/type",keyword:"type",params:{type: schema71.additionalProperties.type},message:"must be string,number,boolean"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/extendedFields",schemaPath:"#/components/schemas/ExtendedFieldValues/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.entityType !== undefined){
if(typeof data.entityType !== "string"){
const err8 = {instancePath:instancePath+"/entityType",schemaPath:"#/properties/entityType/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.promisedPointsScheduleList !== undefined){
let data7 = data.promisedPointsScheduleList;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
}
else {
const err9 = {instancePath:instancePath+"/promisedPointsScheduleList/" + i0,schemaPath:"#/properties/promisedPointsScheduleList/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/promisedPointsScheduleList",schemaPath:"#/properties/promisedPointsScheduleList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.triggerBasedPointsList !== undefined){
let data9 = data.triggerBasedPointsList;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
}
else {
const err11 = {instancePath:instancePath+"/triggerBasedPointsList/" + i1,schemaPath:"#/properties/triggerBasedPointsList/items/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/triggerBasedPointsList",schemaPath:"#/properties/triggerBasedPointsList/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.warnings !== undefined){
let data11 = data.warnings;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.code === undefined){
const err13 = {instancePath:instancePath+"/warnings/" + i2,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data12.message === undefined){
const err14 = {instancePath:instancePath+"/warnings/" + i2,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data12.status !== undefined){
if(typeof data12.status !== "boolean"){
const err15 = {instancePath:instancePath+"/warnings/" + i2+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data12.code !== undefined){
let data14 = data12.code;
if(!((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14)))){
const err16 = {instancePath:instancePath+"/warnings/" + i2+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data12.message !== undefined){
if(typeof data12.message !== "string"){
const err17 = {instancePath:instancePath+"/warnings/" + i2+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/warnings/" + i2,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate110.errors = vErrors;
return errors === 0;
}
validate110.evaluated = {"props":{"id":true,"externalId":true,"groupName":true,"maxGroupSize":true,"extendedFields":true,"entityType":true,"promisedPointsScheduleList":true,"triggerBasedPointsList":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate109(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate109.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate110(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
validate109.errors = vErrors;
return errors === 0;
}
validate109.evaluated = {"props":{"id":true,"externalId":true,"groupName":true,"maxGroupSize":true,"extendedFields":true,"entityType":true,"promisedPointsScheduleList":true,"triggerBasedPointsList":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_400 = validate112;
const schema151 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate113(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate113.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate113.errors = vErrors;
return errors === 0;
}
validate113.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate112(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate112.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate113(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
errors = vErrors.length;
}
validate112.errors = vErrors;
return errors === 0;
}
validate112.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_401 = validate115;
const schema155 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate116(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate116.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate116.errors = vErrors;
return errors === 0;
}
validate116.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate115.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate116(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate116.errors : vErrors.concat(validate116.errors);
errors = vErrors.length;
}
validate115.errors = vErrors;
return errors === 0;
}
validate115.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_403 = validate118;
const schema159 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate119.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate119.errors = vErrors;
return errors === 0;
}
validate119.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate118(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate118.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate119(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
validate118.errors = vErrors;
return errors === 0;
}
validate118.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_404 = validate121;
const schema163 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate122(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate122.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate122.errors = vErrors;
return errors === 0;
}
validate122.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate121.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate122(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate122.errors : vErrors.concat(validate122.errors);
errors = vErrors.length;
}
validate121.errors = vErrors;
return errors === 0;
}
validate121.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_429 = validate124;
const schema167 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate125.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate125.errors = vErrors;
return errors === 0;
}
validate125.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate125(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_500 = validate127;
const schema171 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate128(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_503 = validate130;
const schema175 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate131(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate131.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate131.errors = vErrors;
return errors === 0;
}
validate131.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate130(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate130.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate131(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate131.errors : vErrors.concat(validate131.errors);
errors = vErrors.length;
}
validate130.errors = vErrors;
return errors === 0;
}
validate130.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};

const updateUserGroup__response_default = validate133;
const schema179 = {"$ref":"https://loyalty-gateway.local/specs/capillary.json#/components/schemas/ErrorEnvelope"};

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errors === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errors"},message:"must have required property '"+"errors"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errors !== undefined){
let data0 = data.errors;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.code === undefined){
const err1 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data1.message === undefined){
const err2 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data1.status !== undefined){
if(typeof data1.status !== "boolean"){
const err3 = {instancePath:instancePath+"/errors/" + i0+"/status",schemaPath:"#/components/schemas/CapillaryError/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.code !== undefined){
let data3 = data1.code;
if(!((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3)))){
const err4 = {instancePath:instancePath+"/errors/" + i0+"/code",schemaPath:"#/components/schemas/CapillaryError/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.message !== undefined){
if(typeof data1.message !== "string"){
const err5 = {instancePath:instancePath+"/errors/" + i0+"/message",schemaPath:"#/components/schemas/CapillaryError/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/errors/" + i0,schemaPath:"#/components/schemas/CapillaryError/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/errors",schemaPath:"#/properties/errors/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.warnings !== undefined){
let data5 = data.warnings;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.code === undefined){
const err8 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data6.message === undefined){
const err9 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data6.status !== undefined){
if(typeof data6.status !== "boolean"){
const err10 = {instancePath:instancePath+"/warnings/" + i1+"/status",schemaPath:"#/components/schemas/CapillaryWarning/properties/status/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data6.code !== undefined){
let data8 = data6.code;
if(!((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8)))){
const err11 = {instancePath:instancePath+"/warnings/" + i1+"/code",schemaPath:"#/components/schemas/CapillaryWarning/properties/code/type",keyword:"type",params:{type: "integer"},message:"must be integer"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data6.message !== undefined){
if(typeof data6.message !== "string"){
const err12 = {instancePath:instancePath+"/warnings/" + i1+"/message",schemaPath:"#/components/schemas/CapillaryWarning/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/warnings/" + i1,schemaPath:"#/components/schemas/CapillaryWarning/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/warnings",schemaPath:"#/properties/warnings/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate133.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(!(validate134(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
validate133.errors = vErrors;
return errors === 0;
}
validate133.evaluated = {"props":{"errors":true,"warnings":true},"dynamicProps":false,"dynamicItems":false};


/**
 * Every operation of specs/capillary.yaml with its precompiled request, parameter and response validators.
 * Its type (a CompiledSpec) names each operationId and carries its method and path as literal types,
 * so a client's typed openapi-fetch call can take the path from here (http-runtime's operationPath).
 */
export const capillaryValidators: {
  readonly "generateOAuthToken": CompiledOperation & { readonly method: "post"; readonly path: "/v3/oauth/token/generate" };
  readonly "getUserGroup": CompiledOperation & { readonly method: "get"; readonly path: "/v2/userGroup2" };
  readonly "addUserGroup": CompiledOperation & { readonly method: "post"; readonly path: "/v2/userGroup2" };
  readonly "updateUserGroup": CompiledOperation & { readonly method: "put"; readonly path: "/v2/userGroup2" };
} = {
  "generateOAuthToken": {
    method: "post",
    path: "/v3/oauth/token/generate",
    parameters: [],
    requestBody: generateOAuthToken__body,
    responses: {
      "200": generateOAuthToken__response_200,
      "400": generateOAuthToken__response_400,
      "401": generateOAuthToken__response_401,
      "429": generateOAuthToken__response_429,
      "500": generateOAuthToken__response_500,
      "503": generateOAuthToken__response_503,
      "default": generateOAuthToken__response_default,
    },
  },
  "getUserGroup": {
    method: "get",
    path: "/v2/userGroup2",
    parameters: [
      { in: 'query', name: "id", required: false, validate: getUserGroup__query_id },
      { in: 'query', name: "externalId", required: false, type: "string", validate: getUserGroup__query_externalId },
      { in: 'query', name: "primaryMemberDetails", required: false, type: "boolean", validate: getUserGroup__query_primaryMemberDetails },
      { in: 'query', name: "programDetails", required: false, type: "boolean", validate: getUserGroup__query_programDetails },
      { in: 'query', name: "expiredPoints", required: false, type: "boolean", validate: getUserGroup__query_expiredPoints },
      { in: 'query', name: "expirySchedules", required: false, type: "boolean", validate: getUserGroup__query_expirySchedules },
      { in: 'query', name: "companyDetails", required: false, type: "boolean", validate: getUserGroup__query_companyDetails },
    ],
    requestBody: null,
    responses: {
      "200": getUserGroup__response_200,
      "400": getUserGroup__response_400,
      "401": getUserGroup__response_401,
      "429": getUserGroup__response_429,
      "500": getUserGroup__response_500,
      "503": getUserGroup__response_503,
      "default": getUserGroup__response_default,
    },
  },
  "addUserGroup": {
    method: "post",
    path: "/v2/userGroup2",
    parameters: [],
    requestBody: addUserGroup__body,
    responses: {
      "200": addUserGroup__response_200,
      "400": addUserGroup__response_400,
      "401": addUserGroup__response_401,
      "429": addUserGroup__response_429,
      "500": addUserGroup__response_500,
      "503": addUserGroup__response_503,
      "default": addUserGroup__response_default,
    },
  },
  "updateUserGroup": {
    method: "put",
    path: "/v2/userGroup2",
    parameters: [],
    requestBody: updateUserGroup__body,
    responses: {
      "200": updateUserGroup__response_200,
      "400": updateUserGroup__response_400,
      "401": updateUserGroup__response_401,
      "403": updateUserGroup__response_403,
      "404": updateUserGroup__response_404,
      "429": updateUserGroup__response_429,
      "500": updateUserGroup__response_500,
      "503": updateUserGroup__response_503,
      "default": updateUserGroup__response_default,
    },
  },
};

/** The documented error and warning codes of specs/capillary.yaml (`x-error-codes`). */
export const capillaryErrorCodes: readonly DocumentedCode[] = [
  {
    "code": 403,
    "kind": "error",
    "message": "Field {x} is mandatory.",
    "meaning": "A mandatory field is missing."
  },
  {
    "code": 1619,
    "kind": "error",
    "message": "Group id {x} is invalid",
    "meaning": "The group id is not a valid id."
  },
  {
    "code": 1620,
    "kind": "error",
    "message": "User {x} does not belong to group {y}.",
    "meaning": "The customer is not a member of the group (member operations)."
  },
  {
    "code": 1622,
    "kind": "error",
    "message": "Users does not belong to same company.",
    "meaning": "The customers are not of the same company (member operations)."
  },
  {
    "code": 1623,
    "kind": "error",
    "message": "User {x} already present in group {y}.",
    "meaning": "The customer is already a member of the group (join)."
  },
  {
    "code": 1624,
    "kind": "error",
    "message": "Group transfer not allowed for primary member {x}",
    "meaning": "A primary member cannot be transferred to another group (transfer)."
  },
  {
    "code": 1632,
    "kind": "error",
    "message": "Group id/externalId/primary userId {x} passed is not valid.",
    "meaning": "No group matches the given id, externalId or primary user id."
  },
  {
    "code": 1633,
    "kind": "error",
    "message": "Group external Id {x} already exists.",
    "meaning": "Another group already uses this externalId."
  },
  {
    "code": 1634,
    "kind": "error",
    "message": "Group externalId can't be null",
    "meaning": "The externalId is null or empty."
  },
  {
    "code": 1635,
    "kind": "error",
    "message": "Group query param is not passed.",
    "meaning": "Neither id nor externalId was given."
  },
  {
    "code": 1636,
    "kind": "error",
    "message": "Customer is already a member of the group.",
    "meaning": "The customer already belongs to the group (join)."
  },
  {
    "code": 1637,
    "kind": "error",
    "message": "Primary member exists for the group.",
    "meaning": "The group already has a primary member (join as primary)."
  },
  {
    "code": 1638,
    "kind": "error",
    "message": "Total members in the group reached maximum group capacity {x}.",
    "meaning": "The group is full: it has maxGroupSize members ({x})."
  },
  {
    "code": 1639,
    "kind": "error",
    "message": "Group max size can not exceed product limit {x}",
    "meaning": "maxGroupSize is above CONF_MAX_FLEET_GROUP_SIZE ({x}; 30000 unless the org configured another cap)."
  },
  {
    "code": 1640,
    "kind": "error",
    "message": "Group max size field should be a positive value.",
    "meaning": "maxGroupSize is zero or negative."
  },
  {
    "code": 1641,
    "kind": "error",
    "message": "Invalid permission code {x} passed.",
    "meaning": "A member permission ({x}) is not recognised (join)."
  },
  {
    "code": 1642,
    "kind": "error",
    "message": "User is primary member in a different group.",
    "meaning": "The customer is already the primary member of another group (join)."
  },
  {
    "code": 1643,
    "kind": "error",
    "message": "Nothing to update in the group",
    "meaning": "The request names a group but changes nothing."
  },
  {
    "code": 1644,
    "kind": "error",
    "message": "Group details not passed.",
    "meaning": "The body is empty or not a JSON object."
  },
  {
    "code": 1645,
    "kind": "error",
    "message": "Group details passed are not valid.",
    "meaning": "A field fails validation, e.g. groupName over 50 characters."
  },
  {
    "code": 1656,
    "kind": "warning",
    "message": "Fleet group do not have a mapped hierarchy",
    "meaning": "GET only: the group has no mapped org hierarchy; the group is still returned."
  },
  {
    "code": 8015,
    "kind": "error",
    "message": "Customer not found for the given identifiers.",
    "meaning": "A member identifier matches no customer."
  },
  {
    "code": 8069,
    "kind": "error",
    "message": "Merged customer found.",
    "meaning": "The customer was merged into another one."
  },
  {
    "code": 91016,
    "kind": "warning",
    "message": "Extended field name {x} is invalid.",
    "meaning": "An extended field name is not defined for the usergroup2 entity: the rest of the update is applied, that field is not."
  },
  {
    "code": 91017,
    "kind": "warning",
    "message": "Extended field value for {x} is invalid.",
    "meaning": "An extended field value does not match the field's data type: the rest of the update is applied, that field is not."
  }
];
