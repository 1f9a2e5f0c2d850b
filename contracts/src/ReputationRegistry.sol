// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// @title ReputationRegistry
/// @notice Each account's credited (earned, not yet withdrawn) balance on one
/// kappa hub, and its reputation under each ledger.
/// @dev Reputation is kept per (ledger, account), and a campaign's ledger is
/// its requester: the only way to gain reputation under a ledger is to match
/// gold or rulings in campaigns that ledger's owner created and paid for.
/// A campaign reads reputation from its `reputationSource` (its own
/// requester unless it names another ledger it trusts), so reputation farmed
/// in one's own campaigns opens one's own campaigns only (protocol v2 §5).
///
/// Credited balances stay global, one packed word per account, so that
/// settling an annotator costs one SSTORE and a withdraw is one call. The
/// reputation word is written only when reputation moves (gold, rulings,
/// lapses, missing reveals): a chunk without gold settles with one write per
/// seat, as before. Only the campaign logic of the hub that inherits the
/// registry calls _settle.
///
/// Account word layout (LSB first):
///   bits   0..127  credited balance (token units), uint128
///   bits 160..223  tasks paid, lifetime counter, uint64
/// Reputation word (per ledger and account):
///   bits   0..31   reputation + 1 (0 = never settled: START_REPUTATION), uint32
abstract contract ReputationRegistry {
    /// @notice Reputation of an address never settled under a ledger. Enough
    /// for tier-0 chunks of campaigns that set a tier-0 minimum <= this value.
    uint256 public constant START_REPUTATION = Ledger.START_REPUTATION;
    /// @notice Reputation never exceeds this bound (and never drops below 0).
    uint256 public constant MAX_REPUTATION = Ledger.MAX_REPUTATION;

    /// @notice Why an account was settled; one Settled event per settlement.
    enum Reason {
        Consensus, // finalize: paid for labels that matched the accepted label
        GoldFailed, // finalize: missed more gold tasks than allowed, unpaid
        NoReveal, // finalize: claimed but never revealed, unpaid
        Lapsed, // claim: the seat's commit window passed and it was taken over
        DisputeResolved, // resolve: matched (or missed) a reviewer's final label
        ReviewFee, // resolve: the reviewer's fee
        DisputeExpired, // settleExpired: nobody ruled in time, every eligible seat is paid
        Deposit, // deposit: tokens added to the credited balance, to stake (campaign and chunk 0)
        RequestExpired // assign: a seat request expired unassigned, its bond slashed (chunk 0)
    }

    /// @notice Emitted for every change of an account's reputation or credited
    /// balance, with its reason and the counts it was computed from.
    /// @param matched tasks whose accepted label the account gave (paid)
    /// @param missed tasks whose accepted label differed from the account's (for
    /// GoldFailed: gold tasks missed)
    /// @param credited tokens credited to the account's balance as pay (or a
    /// deposit), not counting stake
    /// @param stake the seat's stake: returned to the credited balance when
    /// positive (finalize, the seat revealed and passed gold), slashed and
    /// burned when negative (no reveal, failed gold, lapsed)
    /// @param repDelta the reputation change before clamping to the bounds
    /// @param reputation the account's reputation under the campaign's ledger
    /// (its requester) after the change; 0 when repDelta is 0, since then the
    /// registry neither reads nor writes it (the reputation is unchanged)
    event Settled(
        uint256 indexed campaignId,
        uint256 indexed chunkId,
        address indexed account,
        Reason reason,
        uint256 matched,
        uint256 missed,
        uint256 credited,
        int256 stake,
        int256 repDelta,
        uint256 reputation
    );

    /// @notice A credited balance would exceed 2^128-1.
    error BalanceOverflow(address account);
    /// @notice The claimer's credited balance cannot cover the seat's stake
    /// (deposit first).
    error InsufficientStake(uint256 chunkId, uint256 credited, uint256 stake);

    uint256 internal constant _BALANCE_MASK = Ledger.BALANCE_MASK;

    mapping(address => uint256) internal _accounts;
    mapping(address ledger => mapping(address account => uint256)) internal _reputations;

    /// @notice Slashed stake waiting for burn(): owned by nobody.
    uint256 public unburned;

    /// @notice Reputation of `account` under `ledger`: what it gained and lost
    /// in campaigns created by `ledger`.
    function reputationOf(address account, address ledger) public view returns (uint256) {
        return _reputation(_reputations[ledger][account]);
    }

    /// @notice Tokens credited to `account` and not yet withdrawn, across all
    /// campaigns of this hub.
    function creditedOf(address account) public view returns (uint256) {
        return _accounts[account] & _BALANCE_MASK;
    }

    /// @notice The credited balance of `account` and the tasks it was paid
    /// for, across all campaigns of this hub.
    function accountOf(address account) external view returns (uint256 credited, uint256 tasksPaid) {
        uint256 w = _accounts[account];
        return (w & _BALANCE_MASK, uint64(w >> 160));
    }

    function _reputation(uint256 w) internal pure returns (uint256) {
        return Ledger.reputation(w);
    }

    /// @dev Take a seat's stake out of the claimer's credited balance: the
    /// tokens stay in the hub, locked with the seat, until finalize returns
    /// them or a slash burns them. One rewrite of the account word.
    function _lockStake(address account, uint256 amount, uint256 chunkId) internal {
        uint256 w = _accounts[account];
        uint256 bal = w & _BALANCE_MASK;
        if (bal < amount) revert InsufficientStake(chunkId, bal, amount);
        _accounts[account] = w - amount;
    }

    /// @dev Return locked stake to the credited balance (a seat request's
    /// bond, when the request is assigned or closes without a seat).
    function _unlockStake(address account, uint256 amount) internal {
        _accounts[account] += amount;
    }

    /// @dev Apply one settlement to `account` in a campaign of `ledger`: one
    /// SSTORE for the balance when credit is paid or stake returned, one for
    /// the reputation when it moves, one for the slashed total when stake is
    /// slashed, one event.
    function _settle(
        uint256 campaignId,
        uint256 chunkId,
        address ledger,
        address account,
        Reason reason,
        uint256 matched,
        uint256 missed,
        uint256 credit,
        int256 stake,
        int256 delta
    ) internal {
        if (stake < 0) unburned += uint256(-stake);
        Ledger.settle(_accounts, _reputations, campaignId, chunkId, ledger, account, reason, matched, missed, credit, stake, delta);
    }

    /// @dev Debit the credited balance above `keep` (withdraw), keeping
    /// reputation and the tasks-paid counter.
    function _takeBalance(address account, uint256 keep) internal returns (uint256 amount) {
        uint256 w = _accounts[account];
        uint256 bal = w & _BALANCE_MASK;
        if (bal > keep) {
            amount = bal - keep;
            _accounts[account] = w - amount;
        }
    }
}

/// @title Ledger
/// @notice One settlement of an account, in one place: the hub's campaign
/// paths (through ReputationRegistry._settle) and SettleLib both settle
/// with it, inlined into each.
library Ledger {
    uint256 internal constant BALANCE_MASK = (1 << 128) - 1;
    uint256 internal constant START_REPUTATION = 100;
    uint256 internal constant MAX_REPUTATION = 1_000_000;
    /// @dev Reputation gained per ground-truth answer matched (gold, a ruling).
    uint256 internal constant AGREE_GAIN = 1;
    /// @dev Reputation lost per ground-truth answer missed.
    uint256 internal constant DISAGREE_LOSS = 2;
    /// @dev Reputation lost per gold task missed by a seat that fails gold.
    uint256 internal constant GOLD_MISS_LOSS = 5;
    /// @dev Reputation lost per task of a seat that never revealed.
    uint256 internal constant NO_REVEAL_LOSS = 3;

    /// @dev Reputation stored in a reputation word (START_REPUTATION if never settled).
    function reputation(uint256 w) internal pure returns (uint256) {
        uint256 stored = uint32(w);
        return stored == 0 ? START_REPUTATION : stored - 1;
    }

    /// @dev Credit pay (and returned stake) to `account`'s word and move its
    /// reputation under `ledger`; slashed stake is the caller's to account for.
    function settle(
        mapping(address => uint256) storage accounts,
        mapping(address => mapping(address => uint256)) storage reputations,
        uint256 campaignId,
        uint256 chunkId,
        address ledger,
        address account,
        ReputationRegistry.Reason reason,
        uint256 matched,
        uint256 missed,
        uint256 credit,
        int256 stake,
        int256 delta
    ) internal {
        uint256 total = stake > 0 ? credit + uint256(stake) : credit;
        if (total != 0) {
            uint256 w = accounts[account];
            uint256 bal = (w & BALANCE_MASK) + total;
            if (bal > BALANCE_MASK) revert ReputationRegistry.BalanceOverflow(account);
            accounts[account] = bal | (uint256(uint64(uint64(w >> 160) + matched)) << 160);
        }
        uint256 rep;
        if (delta != 0) {
            int256 r = int256(reputation(reputations[ledger][account])) + delta;
            if (r < 0) r = 0;
            if (r > int256(MAX_REPUTATION)) r = int256(MAX_REPUTATION);
            rep = uint256(r);
            reputations[ledger][account] = rep + 1;
        }
        emit ReputationRegistry.Settled(campaignId, chunkId, account, reason, matched, missed, credit, stake, delta, rep);
    }
}
