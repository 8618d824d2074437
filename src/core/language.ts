/** The languages every front end speaks: Dutch first, English when the user's Office or shell is English. */
export type Language = 'nl' | 'en';
