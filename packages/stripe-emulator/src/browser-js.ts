/**
 * `GET /v3`: a stand-in for Stripe.js v3. Defines `window.Stripe(publishableKey, options)` with
 * elements(), confirmPayment(), confirmSetup(), confirmCardPayment(), retrievePaymentIntent(),
 * handleNextAction(), createPaymentMethod(). It talks to the emulator with the publishable key.
 * 3-D Secure: `redirect: 'always'` (default) navigates to the challenge page; `redirect: 'if_required'`
 * shows the challenge in a modal iframe and resolves the promise, like Stripe.js.
 */
import { PAYMENT_ELEMENT_JS } from "./browser-element"

const CORE_JS = String.raw`
var AUTH_FAILED = {
  en: 'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
  es: 'No hemos podido autenticar tu método de pago. Elige otro método de pago e inténtalo de nuevo.'
};
var CARD_MESSAGES_ES = {
  'Your card was declined.': 'Tu tarjeta ha sido rechazada.',
  'Your card has insufficient funds.': 'Tu tarjeta no tiene fondos suficientes.',
  'Your card has expired.': 'Tu tarjeta ha caducado.',
  "Your card's security code is incorrect.": 'El código de seguridad de tu tarjeta es incorrecto.'
};
function integrationError(message) { var e = new Error(message); e.name = 'IntegrationError'; return e; }
function encode(value, prefix, out) {
  out = out || [];
  if (value === undefined || value === null) return out;
  if (Array.isArray(value)) value.forEach(function (v, i) { encode(v, prefix + '[' + i + ']', out); });
  else if (typeof value === 'object') Object.keys(value).forEach(function (k) { encode(value[k], prefix ? prefix + '[' + k + ']' : k, out); });
  else out.push(encodeURIComponent(prefix) + '=' + encodeURIComponent(String(value)));
  return out;
}
function appendQuery(url, params) {
  var u = new URL(url, window.location.href);
  Object.keys(params).forEach(function (k) { u.searchParams.set(k, params[k]); });
  return u.toString();
}
function idFromSecret(secret, what) {
  var i = typeof secret === 'string' ? secret.indexOf('_secret_') : -1;
  if (i <= 0) throw integrationError('Invalid value for ' + what + ': clientSecret should be a client secret of the form pi_..._secret_... or seti_..._secret_....');
  return secret.slice(0, i);
}
function localizeError(error, locale) {
  if (!error || locale !== 'es') return error;
  if (error.code === 'payment_intent_authentication_failure') error.message = AUTH_FAILED.es;
  else if (error.type === 'card_error' && CARD_MESSAGES_ES[error.message]) error.message = CARD_MESSAGES_ES[error.message];
  return error;
}
function pending() { return new Promise(function () {}); }

function StripeEmulator(key, stripeOptions) {
  if (typeof key !== 'string' || !key) throw integrationError('Please call Stripe() with your publishable key. You used an empty string.');
  if (/^(sk|rk)_/.test(key)) throw integrationError('You should not use your secret key with Stripe.js. Please pass a publishable key instead.');
  stripeOptions = stripeOptions || {};

  function api(method, path, params) {
    var qs = encode(params || {}, '').join('&');
    var url = API_BASE + path + (method === 'GET' && qs ? '?' + qs : '');
    return fetch(url, {
      method: method,
      headers: { Authorization: 'Bearer ' + key, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: method === 'GET' ? undefined : qs
    }).then(function (res) {
      return res.json().then(function (json) { return res.ok ? { data: json } : { error: json.error || { type: 'api_error', message: 'Unexpected error' } }; });
    }, function () {
      return { error: { type: 'api_connection_error', message: 'We could not connect to the Stripe emulator at ' + API_BASE + '.' } };
    });
  }
  function kindOf(intent) { return intent && intent.object === 'setup_intent' ? 'setupIntent' : 'paymentIntent'; }
  function retrieve(kind, clientSecret) {
    var path = kind === 'setupIntent' ? '/v1/setup_intents/' : '/v1/payment_intents/';
    return api('GET', path + idFromSecret(clientSecret, 'retrieve') , { client_secret: clientSecret });
  }
  function challengeInModal(intent) {
    return new Promise(function (resolve) {
      var url = intent.next_action.redirect_to_url.url;
      var overlay = document.createElement('div');
      overlay.className = 'StripeEmulator-3ds';
      overlay.setAttribute('role', 'dialog');
      overlay.setAttribute('aria-modal', 'true');
      overlay.setAttribute('aria-label', '3D Secure');
      var frame = document.createElement('iframe');
      frame.name = 'stripe-emulator-3ds';
      frame.title = '3D Secure authentication';
      frame.src = appendQuery(url, { mode: 'iframe' });
      var origin = new URL(frame.src).origin;
      overlay.appendChild(frame);
      document.body.appendChild(overlay);
      function onMessage(ev) {
        var d = ev.data;
        if (ev.origin !== origin || !d || d.type !== 'stripe-emulator:3ds-result' || d.intent !== intent.id) return;
        window.removeEventListener('message', onMessage);
        overlay.remove();
        resolve(d.result);
      }
      window.addEventListener('message', onMessage);
    });
  }
  /** After authentication: fetch the intent and turn a failed authentication into { error }. */
  function settle(kind, clientSecret, locale) {
    return retrieve(kind, clientSecret).then(function (r) {
      if (r.error) return { error: localizeError(r.error, locale) };
      var intent = r.data;
      var lastError = intent.last_payment_error || intent.last_setup_error;
      if (intent.status === 'requires_payment_method' && lastError) {
        var error = Object.assign({}, lastError);
        if (error.code === 'payment_intent_authentication_failure' || error.code === 'setup_intent_authentication_failure') error.message = AUTH_FAILED.en;
        error[kind === 'setupIntent' ? 'setup_intent' : 'payment_intent'] = intent;
        return { error: localizeError(error, locale) };
      }
      var out = {}; out[kind] = intent; return out;
    });
  }
  function handleResult(r, opts) {
    if (opts.element) opts.element._setBusy(false);
    if (r.error) return { error: localizeError(r.error, opts.locale) };
    var intent = r.data;
    var kind = kindOf(intent);
    var next = intent.next_action;
    if (intent.status === 'requires_action' && next && next.type === 'redirect_to_url') {
      if (opts.redirect === 'always') { window.location.assign(next.redirect_to_url.url); return pending(); }
      return challengeInModal(intent).then(function () { return settle(kind, opts.clientSecret, opts.locale); });
    }
    if (opts.redirect === 'always' && opts.returnUrl) {
      var params = {};
      var prefix = kind === 'setupIntent' ? 'setup_intent' : 'payment_intent';
      params[prefix] = intent.id;
      params[prefix + '_client_secret'] = opts.clientSecret;
      params.redirect_status = intent.status === 'processing' ? 'pending' : 'succeeded';
      window.location.assign(appendQuery(opts.returnUrl, params));
      return pending();
    }
    var out = {}; out[kind] = intent; return out;
  }
  function confirmWithElements(kind, method, opts) {
    opts = opts || {};
    var elements = opts.elements;
    var confirmParams = Object.assign({}, opts.confirmParams || {});
    var redirect = opts.redirect || 'always';
    var clientSecret = opts.clientSecret || (elements && elements._clientSecret);
    if (!clientSecret) return Promise.reject(integrationError('stripe.' + method + '(): the clientSecret is required (pass it to stripe.elements() or to ' + method + ').'));
    if (redirect !== 'if_required' && !confirmParams.return_url) {
      return Promise.reject(integrationError('stripe.' + method + "(): the confirmParams.return_url argument is required unless passing redirect: 'if_required'"));
    }
    var element = elements && elements._paymentElement();
    var params = Object.assign({}, confirmParams, { client_secret: clientSecret });
    if (element) {
      var invalid = element._validate();
      if (invalid) return Promise.resolve({ error: invalid });
      var pmData = element._paymentMethodData();
      var extra = confirmParams.payment_method_data || {};
      pmData.billing_details = Object.assign({}, extra.billing_details || {}, pmData.billing_details.address
        ? { address: Object.assign({}, (extra.billing_details || {}).address || {}, pmData.billing_details.address) } : {});
      params.payment_method_data = Object.assign({}, extra, pmData);
      element._setBusy(true);
    }
    var path = (kind === 'setupIntent' ? '/v1/setup_intents/' : '/v1/payment_intents/') + idFromSecret(clientSecret, method) + '/confirm';
    var locale = elements ? elements._locale : resolveLocale(stripeOptions.locale);
    return api('POST', path, params).then(function (r) {
      return handleResult(r, { element: element, redirect: redirect, returnUrl: confirmParams.return_url, clientSecret: clientSecret, locale: locale });
    });
  }
  function elementsGroup(options) {
    options = options || {};
    var group = {
      _clientSecret: options.clientSecret || null,
      _locale: resolveLocale(options.locale || stripeOptions.locale),
      _appearance: options.appearance || {},
      _elements: {},
      create: function (type, elOptions) {
        if (type !== 'payment' && type !== 'card') throw integrationError('The Stripe emulator supports only the "payment" and "card" Elements, not "' + type + '".');
        if (group._elements[type]) throw integrationError('Can only create one Element of type ' + type + '.');
        group._elements[type] = createPaymentElement(group, type, elOptions || {});
        return group._elements[type];
      },
      getElement: function (type) { return group._elements[type] || null; },
      update: function (opts) {
        opts = opts || {};
        if (opts.locale) group._locale = resolveLocale(opts.locale);
        if (opts.appearance) group._appearance = opts.appearance;
        if (opts.clientSecret) group._clientSecret = opts.clientSecret;
        Object.keys(group._elements).forEach(function (k) { group._elements[k]._rerender(); });
      },
      fetchUpdates: function () { return Promise.resolve({}); },
      submit: function () {
        var el = group._paymentElement();
        if (!el) return Promise.resolve({ error: { type: 'validation_error', message: 'No Payment Element is mounted.' } });
        var invalid = el._validate();
        return Promise.resolve(invalid ? { error: invalid } : { selectedPaymentMethod: 'card' });
      },
      _paymentElement: function () { return group._elements.payment || group._elements.card || null; }
    };
    return group;
  }

  var stripe = {
    elements: elementsGroup,
    confirmPayment: function (opts) { return confirmWithElements('paymentIntent', 'confirmPayment', opts); },
    confirmSetup: function (opts) { return confirmWithElements('setupIntent', 'confirmSetup', opts); },
    confirmCardPayment: function (clientSecret, data, options) {
      data = data || {};
      var pm = data.payment_method;
      var fakeElements = pm && pm.card ? { _clientSecret: clientSecret, _locale: resolveLocale(stripeOptions.locale), _paymentElement: function () { return pm.card; } } : null;
      if (fakeElements) return confirmWithElements('paymentIntent', 'confirmCardPayment', { elements: fakeElements, redirect: 'if_required' });
      var params = { client_secret: clientSecret };
      if (typeof pm === 'string') params.payment_method = pm;
      if (data.return_url) params.return_url = data.return_url;
      var handleActions = !options || options.handleActions !== false;
      return api('POST', '/v1/payment_intents/' + idFromSecret(clientSecret, 'confirmCardPayment') + '/confirm', params).then(function (r) {
        if (!handleActions && !r.error) return { paymentIntent: r.data };
        return handleResult(r, { redirect: 'if_required', clientSecret: clientSecret, locale: resolveLocale(stripeOptions.locale) });
      });
    },
    retrievePaymentIntent: function (clientSecret) {
      return retrieve('paymentIntent', clientSecret).then(function (r) { return r.error ? { error: r.error } : { paymentIntent: r.data }; });
    },
    retrieveSetupIntent: function (clientSecret) {
      return retrieve('setupIntent', clientSecret).then(function (r) { return r.error ? { error: r.error } : { setupIntent: r.data }; });
    },
    handleNextAction: function (opts) {
      var clientSecret = opts && opts.clientSecret;
      var kind = /^seti_/.test(String(clientSecret)) ? 'setupIntent' : 'paymentIntent';
      return retrieve(kind, clientSecret).then(function (r) {
        return handleResult(r, { redirect: 'if_required', clientSecret: clientSecret, locale: resolveLocale(stripeOptions.locale) });
      });
    },
    handleCardAction: function (clientSecret) { return stripe.handleNextAction({ clientSecret: clientSecret }); },
    createPaymentMethod: function (opts) {
      opts = opts || {};
      var element = opts.elements ? opts.elements._paymentElement() : opts.card || opts.element;
      if (!element) return Promise.reject(integrationError('stripe.createPaymentMethod(): pass elements or a card Element.'));
      var invalid = element._validate();
      if (invalid) return Promise.resolve({ error: invalid });
      var data = element._paymentMethodData();
      var billing = opts.billing_details || (opts.params && opts.params.billing_details);
      if (billing) data.billing_details = Object.assign({}, data.billing_details, billing);
      return api('POST', '/v1/payment_methods', data).then(function (r) { return r.error ? { error: r.error } : { paymentMethod: r.data }; });
    },
    createToken: function () {
      return Promise.resolve({ error: { type: 'invalid_request_error', message: 'Tokens are not supported by the Stripe emulator; use PaymentMethods.' } });
    },
    registerAppInfo: function () {},
    _registerWrapper: function () {},
    _emulator: { apiBase: API_BASE }
  };
  return stripe;
}
StripeEmulator.version = 3;
StripeEmulator.__emulator = { apiBase: API_BASE, validateCard: validateCard, resolveLocale: resolveLocale, t: t };
window.Stripe = StripeEmulator;
`

/** Builds the script served at `/v3`, bound to the emulator's public base URL. */
export function browserScript(apiBase: string): string {
  return [
    "/* Stripe.js v3 stand-in served by @telar/stripe-emulator. TEST MODE ONLY. */",
    "(function () {",
    '"use strict";',
    'if (typeof window === "undefined") return;',
    "if (window.Stripe && window.Stripe.__emulator) return;",
    `var API_BASE = ${JSON.stringify(apiBase.replace(/\/$/, ""))};`,
    PAYMENT_ELEMENT_JS,
    CORE_JS,
    "})();",
    "",
  ].join("\n")
}
