// The same checks the server makes on contact details (submissions/SubmissionRules.java), made in the form so a
// mistyped e-mail address is caught before the preview, beside its field.
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/
const PHONE = /^\+?[0-9 ()-]{6,20}$/

export const isEmail = (value: string) => value.trim().length <= 254 && EMAIL.test(value.trim())
export const isPhone = (value: string) => PHONE.test(value.trim())
