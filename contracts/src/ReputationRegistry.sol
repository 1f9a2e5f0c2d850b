// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ReputationRegistry
/// @notice The reputation registry shared by every campaign of one kappa hub,
/// together with each account's credited (earned, not yet withdrawn) balance.
/// @dev Both live in ONE packed storage word per account so that settling an
/// annotator after a chunk costs a single SSTORE (the most expensive thing a
/// finalize does). The registry has no external writer: only the campaign
/// logic of the hub that inherits it calls _settle, which is the sense in which
/// it is "writable only by its campaigns".
///
/// Account word layout (LSB first):
///   bits   0..127  credited balance (token units), uint128
///   bits 128..159  reputation + 1 (0 = never settled: START_REPUTATION), uint32
///   bits 160..223  tasks paid, lifetime counter, uint64
abstract contract ReputationRegistry {
    /// @notice Reputation of an address that was never settled. Enough for
    /// tier-0 chunks of campaigns that set a tier-0 minimum <= this value.
    uint256 public constant START_REPUTATION = 100;
    /// @notice Reputation never exceeds this bound (and never drops below 0).
    uint256 public constant MAX_REPUTATION = 1_000_000;

    /// @notice Why an account was settled; one Settled event per settlement.
    enum Reason {
        Consensus, // finalize: paid for labels that matched the accepted label
        GoldFailed, // finalize: missed more gold tasks than allowed, unpaid
        NoReveal, // finalize: claimed but never revealed, unpaid
        Lapsed, // claim: the seat's commit window passed and it was taken over
        DisputeResolved, // resolve: matched (or missed) a reviewer's final label
        ReviewFee, // resolve: the reviewer's fee
        DisputeExpired // settleExpired: nobody ruled in time, every eligible seat is paid
    }

    /// @notice Emitted for every change of an account's reputation or credited
    /// balance, with its reason and the counts it was computed from.
    /// @param matched tasks whose accepted label the account gave (paid)
    /// @param missed tasks whose accepted label differed from the account's (for
    /// GoldFailed: gold tasks missed)
    /// @param credited tokens credited to the account's balance
    /// @param repDelta the reputation change before clamping to the bounds
    /// @param reputation the reputation after the change
    event Settled(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed account,
        Reason reason,
        uint256 matched,
        uint256 missed,
        uint256 credited,
        int256 repDelta,
        uint256 reputation
    );

    /// @notice A credited balance would exceed 2^128-1.
    error BalanceOverflow(address account);

    uint256 internal constant _BALANCE_MASK = (1 << 128) - 1;

    mapping(address => uint256) internal _accounts;

    /// @notice Current reputation of `account`.
    function reputationOf(address account) public view returns (uint256) {
        return _reputation(_accounts[account]);
    }

    /// @notice Tokens credited to `account` and not yet withdrawn, across all
    /// campaigns of this hub.
    function creditedOf(address account) public view returns (uint256) {
        return _accounts[account] & _BALANCE_MASK;
    }

    /// @notice Everything the registry knows about `account`.
    function accountOf(address account)
        external
        view
        returns (uint256 credited, uint256 reputation, uint256 tasksPaid)
    {
        uint256 w = _accounts[account];
        return (w & _BALANCE_MASK, _reputation(w), uint64(w >> 160));
    }

    function _reputation(uint256 w) internal pure returns (uint256) {
        uint256 stored = uint32(w >> 128);
        return stored == 0 ? START_REPUTATION : stored - 1;
    }

    /// @dev Apply one settlement to `account` with one SSTORE and one event.
    function _settle(
        uint256 campaignId,
        uint256 chunkId,
        address account,
        Reason reason,
        uint256 matched,
        uint256 missed,
        uint256 credit,
        int256 delta
    ) internal {
        uint256 w = _accounts[account];
        int256 rep = int256(_reputation(w)) + delta;
        if (rep < 0) rep = 0;
        if (rep > int256(MAX_REPUTATION)) rep = int256(MAX_REPUTATION);
        uint256 bal = (w & _BALANCE_MASK) + credit;
        if (bal > _BALANCE_MASK) revert BalanceOverflow(account);
        uint256 paid = uint64(w >> 160);
        if (credit != 0) paid += matched;
        _accounts[account] = bal | ((uint256(rep) + 1) << 128) | (uint256(uint64(paid)) << 160);
        emit Settled(campaignId, chunkId, account, reason, matched, missed, credit, delta, uint256(rep));
    }

    /// @dev Debit the whole credited balance (withdraw), keeping reputation.
    function _takeBalance(address account) internal returns (uint256 amount) {
        uint256 w = _accounts[account];
        amount = w & _BALANCE_MASK;
        if (amount != 0) _accounts[account] = w & ~_BALANCE_MASK;
    }
}
