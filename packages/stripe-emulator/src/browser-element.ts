/**
 * Browser-side Payment Element stand-in (part of the `/v3` script).
 * Renders an accessible card form directly into the mount node (no iframe) so
 * Playwright can fill `input[name="cardnumber"]`, `input[name="exp-date"]`,
 * `input[name="cvc"]` and `select[name="country"]`.
 * Plain ES2017 kept in a string; it must not contain backticks or dollar-brace sequences.
 */
export const PAYMENT_ELEMENT_JS = String.raw`
var I18N = {
  en: {
    card: 'Card', number: 'Card number', expiry: 'Expiration date (MM / YY)', expiryPlaceholder: 'MM / YY',
    cvc: 'Security code (CVC)', country: 'Country', testMode: 'TEST MODE',
    testNote: 'Local Stripe emulator: no real charges. Use card 4242 4242 4242 4242, any future date and any CVC.',
    incomplete_number: 'Your card number is incomplete.', invalid_number: 'Your card number is invalid.',
    incomplete_expiry: "Your card's expiration date is incomplete.", invalid_expiry_month: "Your card's expiration date is invalid.",
    invalid_expiry_year_past: "Your card's expiration year is in the past.", invalid_expiry_month_past: "Your card's expiration date is in the past.",
    invalid_expiry_year: "Your card's expiration year is invalid.", incomplete_cvc: "Your card's security code is incomplete."
  },
  es: {
    card: 'Tarjeta', number: 'Número de tarjeta', expiry: 'Fecha de caducidad (MM / AA)', expiryPlaceholder: 'MM / AA',
    cvc: 'Código de seguridad (CVC)', country: 'País', testMode: 'MODO DE PRUEBA',
    testNote: 'Emulador local de Stripe: no se realizan cargos reales. Usa la tarjeta 4242 4242 4242 4242, cualquier fecha futura y cualquier CVC.',
    incomplete_number: 'El número de tu tarjeta está incompleto.', invalid_number: 'El número de tu tarjeta no es válido.',
    incomplete_expiry: 'La fecha de caducidad de tu tarjeta está incompleta.', invalid_expiry_month: 'La fecha de caducidad de tu tarjeta no es válida.',
    invalid_expiry_year_past: 'El año de caducidad de tu tarjeta ya pasó.', invalid_expiry_month_past: 'La fecha de caducidad de tu tarjeta ya pasó.',
    invalid_expiry_year: 'El año de caducidad de tu tarjeta no es válido.', incomplete_cvc: 'El código de seguridad de tu tarjeta está incompleto.'
  }
};
var COUNTRIES = ['MX', 'US', 'CA', 'GT', 'CO', 'AR', 'CL', 'PE', 'ES', 'FR', 'DE', 'IT', 'NL', 'GB', 'BR', 'JP', 'AU'];

function resolveLocale(locale) {
  var l = !locale || locale === 'auto' ? (typeof navigator !== 'undefined' && navigator.language) || 'en' : String(locale);
  return l.toLowerCase().indexOf('es') === 0 ? 'es' : 'en';
}
function t(locale, key) { return (I18N[locale] && I18N[locale][key]) || I18N.en[key] || key; }
function digits(s) { return String(s || '').replace(/\D/g, ''); }
function luhn(num) {
  var sum = 0;
  for (var i = 0; i < num.length; i++) {
    var d = Number(num.charAt(num.length - 1 - i));
    if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
    sum += d;
  }
  return num.length >= 12 && sum % 10 === 0;
}
function brandOf(num) {
  if (/^4/.test(num)) return 'visa';
  if (/^(5[1-5]|2[2-7])/.test(num)) return 'mastercard';
  if (/^3[47]/.test(num)) return 'amex';
  return 'unknown';
}
function parseExpiry(value) {
  var d = digits(value);
  if (d.length !== 4 && d.length !== 6) return null;
  return { month: Number(d.slice(0, 2)), year: d.length === 4 ? 2000 + Number(d.slice(2)) : Number(d.slice(2)) };
}
function validationError(locale, code) {
  return { type: 'validation_error', code: code, message: t(locale, code) };
}
/** Returns [field, error] for the first invalid field, or null. */
function validateCard(state, locale) {
  var num = digits(state.number);
  var expected = brandOf(num) === 'amex' ? 15 : 16;
  if (!num || (num.length < expected && !luhn(num))) return ['number', validationError(locale, 'incomplete_number')];
  if (!luhn(num)) {
    var e = validationError(locale, 'invalid_number');
    e.code = 'incomplete_number';
    return ['number', e];
  }
  var exp = parseExpiry(state.exp);
  if (!exp) return ['exp', validationError(locale, 'incomplete_expiry')];
  if (exp.month < 1 || exp.month > 12) return ['exp', validationError(locale, 'invalid_expiry_month')];
  var now = new Date();
  if (exp.year < now.getFullYear()) return ['exp', validationError(locale, 'invalid_expiry_year_past')];
  if (exp.year === now.getFullYear() && exp.month < now.getMonth() + 1) return ['exp', validationError(locale, 'invalid_expiry_month_past')];
  if (exp.year > now.getFullYear() + 50) return ['exp', validationError(locale, 'invalid_expiry_year')];
  var cvc = digits(state.cvc);
  if (cvc.length < (brandOf(num) === 'amex' ? 4 : 3)) return ['cvc', validationError(locale, 'incomplete_cvc')];
  return null;
}
function formatNumber(value) { return digits(value).slice(0, 19).replace(/(\d{4})(?=\d)/g, '$1 '); }
function formatExpiry(value) {
  var d = digits(value).slice(0, 4);
  return d.length > 2 ? d.slice(0, 2) + ' / ' + d.slice(2) : d;
}
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
}
function countryName(code, locale) {
  try { return new Intl.DisplayNames([locale], { type: 'region' }).of(code) || code; } catch (e) { return code; }
}
var STYLE = '.StripeEmulator-Element{font-family:var(--se-font,system-ui,sans-serif);color:var(--se-text,#30313d);display:grid;gap:12px}' +
  '.StripeEmulator-testmode{margin:0;padding:6px 10px;border-radius:4px;background:#fff4d6;color:#5c3b00;font-size:13px}' +
  '.StripeEmulator-field{display:grid;gap:4px}.StripeEmulator-row{display:grid;grid-template-columns:repeat(2,minmax(0,1fr));gap:12px}' +
  '.StripeEmulator-field label{font-size:14px}.StripeEmulator-field input,.StripeEmulator-field select{font:inherit;width:100%;min-width:0;box-sizing:border-box;padding:10px 12px;' +
  'border:1px solid #c5c9d1;border-radius:var(--se-radius,6px);background:var(--se-bg,#fff);color:inherit}' +
  '.StripeEmulator-field input:focus,.StripeEmulator-field select:focus{outline:2px solid var(--se-primary,#0570de);outline-offset:1px}' +
  '.StripeEmulator-field input[aria-invalid=true]{border-color:var(--se-danger,#df1b41)}' +
  '.StripeEmulator-error{margin:0;min-height:0;color:var(--se-danger,#df1b41);font-size:13px}' +
  '.StripeEmulator-3ds{position:fixed;inset:0;background:rgba(0,0,0,.45);display:flex;align-items:center;justify-content:center;z-index:2147483647}' +
  '.StripeEmulator-3ds iframe{width:min(480px,95vw);height:min(560px,90vh);border:0;border-radius:8px;background:#fff}';
var idCounter = 0;
function uniqueId(base) {
  var id = base;
  while (document.getElementById(id)) id = base + '-' + (++idCounter);
  return id;
}

function createPaymentElement(group, type, options) {
  var listeners = {};
  var state = { number: '', exp: '', cvc: '', country: '' };
  var root = null;
  var fields = {};
  var dv = options.defaultValues && options.defaultValues.billingDetails && options.defaultValues.billingDetails.address;
  var hideCountry = type === 'card' || (options.fields && options.fields.billingDetails &&
    (options.fields.billingDetails === 'never' || (options.fields.billingDetails.address === 'never' ||
      (options.fields.billingDetails.address && options.fields.billingDetails.address.country === 'never'))));
  state.country = (dv && dv.country) || (group._locale === 'es' ? 'MX' : 'US');

  function emit(name, payload) {
    (listeners[name] || []).slice().forEach(function (cb) { try { cb(payload); } catch (e) { setTimeout(function () { throw e; }); } });
  }
  function changePayload() {
    var empty = !state.number && !state.exp && !state.cvc;
    var invalid = validateCard(state, group._locale);
    var payload = { elementType: type, empty: empty, complete: !invalid, collapsed: false, value: { type: 'card' } };
    if (type === 'card') { payload.brand = brandOf(digits(state.number)); payload.value = { postalCode: '' }; }
    return payload;
  }
  function showError(field, error) {
    ['number', 'exp', 'cvc'].forEach(function (f) {
      if (!fields[f]) return;
      var bad = f === field;
      fields[f].input.setAttribute('aria-invalid', bad ? 'true' : 'false');
      fields[f].error.textContent = bad ? error.message : '';
    });
  }
  function fieldHtml(key, id, label, attrs) {
    return '<div class="StripeEmulator-field"><label for="' + id + '">' + escapeHtml(label) + '</label>' +
      '<input id="' + id + '" ' + attrs + ' aria-invalid="false" aria-describedby="' + id + '-error" spellcheck="false">' +
      '<p class="StripeEmulator-error" id="' + id + '-error" aria-live="polite"></p></div>';
  }
  function render() {
    var L = group._locale;
    var ids = { number: uniqueId('Field-numberInput'), exp: uniqueId('Field-expiryInput'), cvc: uniqueId('Field-cvcInput'), country: uniqueId('Field-countryInput') };
    var countryOptions = COUNTRIES.map(function (c) {
      return '<option value="' + c + '"' + (c === state.country ? ' selected' : '') + '>' + escapeHtml(countryName(c, L)) + '</option>';
    }).join('');
    var v = group._appearance.variables || {};
    var css = [['--se-primary', v.colorPrimary], ['--se-text', v.colorText], ['--se-bg', v.colorBackground], ['--se-danger', v.colorDanger],
      ['--se-font', v.fontFamily], ['--se-radius', v.borderRadius]].filter(function (p) { return p[1]; })
      .map(function (p) { return p[0] + ':' + String(p[1]).replace(/[;"<>]/g, ''); }).join(';');
    root.innerHTML = '<div class="StripeEmulator-Element" role="group" aria-label="' + escapeHtml(t(L, 'card')) + '" lang="' + L + '" style="' + css + '" data-testid="stripe-emulator-' + type + '-element">' +
      '<p class="StripeEmulator-testmode" role="note"><strong>' + t(L, 'testMode') + '</strong> · ' + escapeHtml(t(L, 'testNote')) + '</p>' +
      fieldHtml('number', ids.number, t(L, 'number'), 'name="cardnumber" type="text" inputmode="numeric" autocomplete="cc-number" placeholder="1234 1234 1234 1234"') +
      '<div class="StripeEmulator-row">' +
      fieldHtml('exp', ids.exp, t(L, 'expiry'), 'name="exp-date" type="text" inputmode="numeric" autocomplete="cc-exp" placeholder="' + t(L, 'expiryPlaceholder') + '"') +
      fieldHtml('cvc', ids.cvc, t(L, 'cvc'), 'name="cvc" type="text" inputmode="numeric" autocomplete="cc-csc" placeholder="CVC"') +
      '</div>' +
      (hideCountry ? '' : '<div class="StripeEmulator-field"><label for="' + ids.country + '">' + escapeHtml(t(L, 'country')) + '</label>' +
        '<select id="' + ids.country + '" name="country" autocomplete="country">' + countryOptions + '</select></div>') +
      '</div>';
    fields = {};
    ['number', 'exp', 'cvc'].forEach(function (f) {
      var input = document.getElementById(ids[f]);
      fields[f] = { input: input, error: document.getElementById(ids[f] + '-error') };
      input.value = f === 'number' ? formatNumber(state.number) : f === 'exp' ? formatExpiry(state.exp) : state.cvc;
      input.addEventListener('input', function () {
        var formatted = f === 'number' ? formatNumber(input.value) : f === 'exp' ? formatExpiry(input.value) : digits(input.value).slice(0, 4);
        if (input.value !== formatted) input.value = formatted;
        state[f] = formatted;
        fields[f].input.setAttribute('aria-invalid', 'false');
        fields[f].error.textContent = '';
        emit('change', changePayload());
      });
      input.addEventListener('focus', function () { emit('focus', { elementType: type }); });
      input.addEventListener('blur', function () { emit('blur', { elementType: type }); });
    });
    var select = document.getElementById(ids.country);
    if (select) select.addEventListener('change', function () { state.country = select.value; emit('change', changePayload()); });
  }
  function ensureStyle() {
    if (document.getElementById('stripe-emulator-styles')) return;
    var style = document.createElement('style');
    style.id = 'stripe-emulator-styles';
    style.textContent = STYLE;
    document.head.appendChild(style);
  }

  var element = {
    mount: function (target) {
      var node = typeof target === 'string' ? document.querySelector(target) : target;
      if (!node || !node.appendChild) throw integrationError('Invalid DOM element or selector passed to element.mount(): ' + target);
      ensureStyle();
      if (root) root.remove();
      root = document.createElement('div');
      root.className = 'StripeElement StripeElement--emulator';
      node.appendChild(root);
      render();
      setTimeout(function () { emit('ready', { elementType: type }); }, 0);
    },
    unmount: function () { if (root) { root.remove(); root = null; } },
    destroy: function () { element.unmount(); listeners = {}; delete group._elements[type]; },
    update: function (opts) { if (opts && opts.defaultValues) options.defaultValues = opts.defaultValues; if (root) render(); },
    on: function (name, cb) { (listeners[name] = listeners[name] || []).push(cb); return element; },
    once: function (name, cb) { var w = function (e) { element.off(name, w); cb(e); }; return element.on(name, w); },
    off: function (name, cb) {
      if (!cb) delete listeners[name];
      else listeners[name] = (listeners[name] || []).filter(function (x) { return x !== cb; });
      return element;
    },
    focus: function () { if (fields.number) fields.number.input.focus(); },
    blur: function () { if (document.activeElement && root && root.contains(document.activeElement)) document.activeElement.blur(); },
    clear: function () { state.number = state.exp = state.cvc = ''; if (root) render(); },
    collapse: function () { return element; },
    _rerender: function () { if (root) render(); },
    _validate: function () {
      var r = validateCard(state, group._locale);
      if (r) { showError(r[0], r[1]); return r[1]; }
      showError(null, null);
      return null;
    },
    _setBusy: function (busy) {
      if (!root) return;
      root.setAttribute('aria-busy', busy ? 'true' : 'false');
      Object.keys(fields).forEach(function (f) { fields[f].input.readOnly = !!busy; });
    },
    _paymentMethodData: function () {
      var exp = parseExpiry(state.exp) || { month: 0, year: 0 };
      return {
        type: 'card',
        card: { number: digits(state.number), exp_month: String(exp.month), exp_year: String(exp.year), cvc: digits(state.cvc) },
        billing_details: hideCountry ? {} : { address: { country: state.country } }
      };
    }
  };
  return element;
}
`
