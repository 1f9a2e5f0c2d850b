// Package wallet shows the user's address, token and credited balances,
// pending earnings and recent transactions, and withdraws the credited
// balance in one transfer after an explicit confirmation.
package wallet
